//! dyn with supertraits: calling supertrait methods through dyn, upcasting to the supertrait object, generic methods via dyn-compatible wrappers.
use std::fmt;
use std::hint::black_box;

trait Named {
    fn name(&self) -> String;
}
trait Scored: Named {
    fn score(&self) -> i32;
    fn label(&self) -> String {
        format!("{}={}", self.name(), self.score())
    }
}
trait Ranked: Scored + fmt::Display {
    fn rank(&self) -> u8 {
        match self.score() {
            i32::MIN..=0 => 0,
            1..=50 => 1,
            _ => 2,
        }
    }
}

struct Player {
    nick: &'static str,
    pts: i32,
}
impl Named for Player {
    fn name(&self) -> String {
        self.nick.to_string()
    }
}
impl Scored for Player {
    fn score(&self) -> i32 {
        self.pts
    }
}
impl fmt::Display for Player {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Player({}, {})", self.nick, self.pts)
    }
}
impl Ranked for Player {}

struct Team {
    members: Vec<Player>,
}
impl Named for Team {
    fn name(&self) -> String {
        format!("team of {}", self.members.len())
    }
}
impl Scored for Team {
    fn score(&self) -> i32 {
        self.members.iter().map(|p| p.pts).sum()
    }
    fn label(&self) -> String {
        format!("TEAM[{}]", self.score())
    }
}
impl fmt::Display for Team {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Team(")?;
        for (i, m) in self.members.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}", m.nick)?;
        }
        write!(f, ")")
    }
}
impl Ranked for Team {
    fn rank(&self) -> u8 {
        9
    }
}

fn print_named(n: &dyn Named) {
    println!("named: {}", n.name());
}

fn print_scored(s: &dyn Scored) {
    println!("scored: {} label={}", s.score(), s.label());
}

fn main() {
    let items: Vec<Box<dyn Ranked>> = vec![
        Box::new(Player { nick: "ann", pts: black_box(70) }),
        Box::new(Player { nick: "bob", pts: black_box(-3) }),
        Box::new(Team { members: vec![Player { nick: "cy", pts: 10 }, Player { nick: "di", pts: 15 }] }),
        Box::new(Player { nick: "eve", pts: black_box(33) }),
    ];
    for it in &items {
        println!("{} | name={} score={} label={} rank={}", it, it.name(), it.score(), it.label(), it.rank());
        // trait upcasting to supertrait objects
        let s: &dyn Scored = it.as_ref();
        print_scored(s);
        let n: &dyn Named = s;
        print_named(n);
    }
    let boxed: Box<dyn Ranked> = Box::new(Player { nick: "zed", pts: black_box(51) });
    let up: Box<dyn Scored> = boxed;
    println!("upcast box: {}", up.label());
    let best = items.iter().max_by_key(|i| i.score()).unwrap();
    println!("best: {}", best);
    let mut ranks: Vec<(u8, String)> = items.iter().map(|i| (i.rank(), i.name())).collect();
    ranks.sort();
    println!("{:?}", ranks);
    let strings: Vec<String> = items.iter().map(|i| i.to_string()).collect();
    println!("{}", strings.join(" ; "));
}
