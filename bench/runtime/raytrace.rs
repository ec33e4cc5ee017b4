//! Run-time benchmark, a ray tracer: spheres and a checkered floor, diffuse and specular light,
//! shadows and one reflection, rendered at a small resolution with a few samples per pixel.
//! Vector math through operator traits on `Copy` structs, trait objects for the shapes. Prints
//! the image as ASCII shades and a checksum of the full-precision pixels.

use std::ops::{Add, Mul, Sub};

const WIDTH: usize = 320;
const HEIGHT: usize = 192;
const SAMPLES: usize = 40;

#[derive(Clone, Copy, Debug)]
struct Vec3 {
    x: f64,
    y: f64,
    z: f64,
}

const fn v(x: f64, y: f64, z: f64) -> Vec3 {
    Vec3 { x, y, z }
}

impl Add for Vec3 {
    type Output = Vec3;
    fn add(self, o: Vec3) -> Vec3 {
        v(self.x + o.x, self.y + o.y, self.z + o.z)
    }
}

impl Sub for Vec3 {
    type Output = Vec3;
    fn sub(self, o: Vec3) -> Vec3 {
        v(self.x - o.x, self.y - o.y, self.z - o.z)
    }
}

impl Mul<f64> for Vec3 {
    type Output = Vec3;
    fn mul(self, s: f64) -> Vec3 {
        v(self.x * s, self.y * s, self.z * s)
    }
}

impl Vec3 {
    fn dot(self, o: Vec3) -> f64 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
    fn length(self) -> f64 {
        self.dot(self).sqrt()
    }
    fn normalized(self) -> Vec3 {
        self * (1.0 / self.length())
    }
}

struct Ray {
    origin: Vec3,
    direction: Vec3,
}

struct Hit {
    distance: f64,
    normal: Vec3,
    albedo: f64,
    mirror: f64,
}

trait Shape {
    fn hit(&self, ray: &Ray) -> Option<Hit>;
}

struct Sphere {
    center: Vec3,
    radius: f64,
    albedo: f64,
    mirror: f64,
}

impl Shape for Sphere {
    fn hit(&self, ray: &Ray) -> Option<Hit> {
        let to_center = ray.origin - self.center;
        let b = to_center.dot(ray.direction);
        let c = to_center.dot(to_center) - self.radius * self.radius;
        let discriminant = b * b - c;
        if discriminant < 0.0 {
            return None;
        }
        let distance = -b - discriminant.sqrt();
        (distance > 1e-6).then(|| {
            let point = ray.origin + ray.direction * distance;
            Hit { distance, normal: (point - self.center).normalized(), albedo: self.albedo, mirror: self.mirror }
        })
    }
}

struct Floor {
    height: f64,
}

impl Shape for Floor {
    fn hit(&self, ray: &Ray) -> Option<Hit> {
        if ray.direction.y.abs() < 1e-9 {
            return None;
        }
        let distance = (self.height - ray.origin.y) / ray.direction.y;
        (distance > 1e-6).then(|| {
            let point = ray.origin + ray.direction * distance;
            let checker = ((point.x.floor() + point.z.floor()) as i64).rem_euclid(2);
            Hit { distance, normal: v(0.0, 1.0, 0.0), albedo: if checker == 0 { 0.9 } else { 0.25 }, mirror: 0.1 }
        })
    }
}

struct Scene {
    shapes: Vec<Box<dyn Shape>>,
    light: Vec3,
}

impl Scene {
    fn closest(&self, ray: &Ray) -> Option<Hit> {
        self.shapes.iter().filter_map(|shape| shape.hit(ray)).min_by(|a, b| a.distance.total_cmp(&b.distance))
    }

    fn trace(&self, ray: &Ray, depth: u32) -> f64 {
        let Some(hit) = self.closest(ray) else { return 0.1 + 0.2 * ray.direction.y.max(0.0) };
        let point = ray.origin + ray.direction * hit.distance;
        let to_light = (self.light - point).normalized();
        let shadow = Ray { origin: point + hit.normal * 1e-4, direction: to_light };
        let lit = self.closest(&shadow).is_none_or(|h| h.distance > (self.light - point).length());
        let diffuse = if lit { hit.normal.dot(to_light).max(0.0) } else { 0.0 };
        let reflected = ray.direction - hit.normal * (2.0 * ray.direction.dot(hit.normal));
        let specular = if lit { reflected.dot(to_light).max(0.0).powi(24) } else { 0.0 };
        let mut color = 0.05 + hit.albedo * diffuse * 0.8 + specular * 0.5;
        if depth > 0 && hit.mirror > 0.0 {
            let bounce = Ray { origin: point + hit.normal * 1e-4, direction: reflected };
            color = color * (1.0 - hit.mirror) + self.trace(&bounce, depth - 1) * hit.mirror;
        }
        color
    }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Floor { height: -1.0 })];
    for i in 0..5 {
        let angle = i as f64 * 1.3;
        let (sin, cos) = (angle * 0.5).sin_cos();
        shapes.push(Box::new(Sphere { center: v(cos * 2.5, -0.4 + 0.3 * i as f64, 5.0 + sin * 1.5), radius: 0.9, albedo: 0.7, mirror: 0.3 }));
    }
    let scene = Scene { shapes, light: v(-4.0, 6.0, 1.0) };

    let mut image = vec![0.0f64; WIDTH * HEIGHT];
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let mut sum = 0.0;
            for sample in 0..SAMPLES {
                let jitter = sample as f64 / SAMPLES as f64;
                let u = (x as f64 + jitter) / WIDTH as f64 * 2.0 - 1.0;
                let w = 1.0 - (y as f64 + jitter) / HEIGHT as f64 * 2.0;
                let ray = Ray { origin: v(0.0, 0.5, 0.0), direction: v(u * 1.6, w, 1.5).normalized() };
                sum += scene.trace(&ray, 2);
            }
            image[y * WIDTH + x] = sum / SAMPLES as f64;
        }
    }

    const SHADES: &[u8] = b" .:-=+*#%@";
    for y in (0..HEIGHT).step_by(8) {
        let row: String = (0..WIDTH)
            .step_by(4)
            .map(|x| SHADES[((image[y * WIDTH + x].clamp(0.0, 0.999)) * SHADES.len() as f64) as usize] as char)
            .collect();
        println!("{}", row.trim_end());
    }
    let checksum = image.iter().fold(0u64, |hash, p| (hash ^ p.to_bits()).wrapping_mul(0x100000001b3));
    println!("mean {:.6}, checksum {checksum:016x}", image.iter().sum::<f64>() / image.len() as f64);
}
