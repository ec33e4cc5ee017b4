//! Run-time benchmark, numeric: the n-body simulation of the outer planets (f64 arithmetic,
//! square roots, arrays of structs), advanced many small steps; prints the energy before and
//! after, which any difference in float code would change.

const PI: f64 = std::f64::consts::PI;
const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;
const STEPS: usize = 2_000_000;

#[derive(Clone, Copy)]
struct Body {
    position: [f64; 3],
    velocity: [f64; 3],
    mass: f64,
}

fn bodies() -> [Body; 5] {
    let planet = |position: [f64; 3], velocity: [f64; 3], mass: f64| Body {
        position,
        velocity: velocity.map(|v| v * DAYS_PER_YEAR),
        mass: mass * SOLAR_MASS,
    };
    [
        Body { position: [0.0; 3], velocity: [0.0; 3], mass: SOLAR_MASS },
        planet(
            [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
            [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05],
            9.54791938424326609e-04,
        ),
        planet(
            [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
            [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05],
            2.85885980666130812e-04,
        ),
        planet(
            [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
            [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05],
            4.36624404335156298e-05,
        ),
        planet(
            [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
            [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05],
            5.15138902046611451e-05,
        ),
    ]
}

/// Gives the sun the momentum that makes the system's total zero.
fn offset_momentum(bodies: &mut [Body]) {
    let mut momentum = [0.0; 3];
    for body in bodies.iter() {
        for axis in 0..3 {
            momentum[axis] += body.velocity[axis] * body.mass;
        }
    }
    for axis in 0..3 {
        bodies[0].velocity[axis] = -momentum[axis] / SOLAR_MASS;
    }
}

fn energy(bodies: &[Body]) -> f64 {
    let mut energy = 0.0;
    for (i, body) in bodies.iter().enumerate() {
        energy += 0.5 * body.mass * body.velocity.iter().map(|v| v * v).sum::<f64>();
        for other in &bodies[i + 1..] {
            let distance = (0..3).map(|axis| (body.position[axis] - other.position[axis]).powi(2)).sum::<f64>().sqrt();
            energy -= body.mass * other.mass / distance;
        }
    }
    energy
}

fn advance(bodies: &mut [Body], dt: f64) {
    for i in 0..bodies.len() {
        let (left, right) = bodies.split_at_mut(i + 1);
        let body = &mut left[i];
        for other in right.iter_mut() {
            let delta = [
                body.position[0] - other.position[0],
                body.position[1] - other.position[1],
                body.position[2] - other.position[2],
            ];
            let squared = delta[0] * delta[0] + delta[1] * delta[1] + delta[2] * delta[2];
            let magnitude = dt / (squared * squared.sqrt());
            for axis in 0..3 {
                body.velocity[axis] -= delta[axis] * other.mass * magnitude;
                other.velocity[axis] += delta[axis] * body.mass * magnitude;
            }
        }
    }
    for body in bodies.iter_mut() {
        for axis in 0..3 {
            body.position[axis] += dt * body.velocity[axis];
        }
    }
}

fn main() {
    let mut system = bodies();
    offset_momentum(&mut system);
    println!("energy before: {:.9}", energy(&system));
    for _ in 0..STEPS {
        advance(&mut system, 0.01);
    }
    println!("energy after {STEPS} steps: {:.9}", energy(&system));
    for body in &system[1..] {
        println!("  at ({:.6}, {:.6}, {:.6})", body.position[0], body.position[1], body.position[2]);
    }
}
