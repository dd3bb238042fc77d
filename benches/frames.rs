//! Frame CPU time of the real app, headless and without a GPU: one frame is
//! `egui::Context::run_ui` over `FaultlineApp::ui` and then `Context::tessellate`, as eframe does
//! before handing meshes to the painter. The window is 1440×900, the default layout (lists,
//! reader, chart tab, inspector), so each figure covers every visible pane, not one alone.
//!
//! Groups: `reader` (a 1 MB article with 10,000 highlights: first frame, then frames while
//! scrolling), `chart` (50,000 events: frames with the pointer moving over the chart), `save`
//! (the frame that starts saving that project, and the slowest frame until the write is done)
//! and `startup` (construct the app on the sample project and run its first frame).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use eframe::App;
use egui::{Event, Key, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, RawInput, Rect, TouchPhase, vec2};
use faultline::generate::{Spec, generate};
use faultline::io::project_file::to_ron;
use faultline::ui::FaultlineApp;

struct Headless {
    ctx: egui::Context,
    app: FaultlineApp,
    frame: eframe::Frame,
    time: f64,
}

impl Headless {
    /// The app as `faultline [PROJECT]` starts it (the sample when `None`).
    fn open(project: Option<&Path>) -> Self {
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let app = FaultlineApp::new(&cc, project.map(Path::to_owned));
        Self { ctx, app, frame: eframe::Frame::_new_kittest(), time: 0.0 }
    }

    /// Runs one frame and tessellates it; returns a checksum of the vertices so callers can
    /// tell frames apart.
    fn frame(&mut self, events: Vec<Event>) -> f32 {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1440.0, 900.0))),
            time: Some(self.time),
            events,
            ..RawInput::default()
        };
        let output = self.ctx.run_ui(input, |ui| self.app.ui(ui, &mut self.frame));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .filter_map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(m) => Some(m.vertices.iter().map(|v| v.pos.y).sum::<f32>()),
                egui::epaint::Primitive::Callback(_) => None,
            })
            .sum()
    }
}

/// Writes a generated project to a file in `dir`.
fn project_file(dir: &Path, name: &str, spec: &Spec) -> PathBuf {
    let p = generate(spec);
    let path = dir.join(name);
    std::fs::write(&path, to_ron(&p).unwrap()).unwrap();
    let article = p.articles.iter().map(|a| a.text.len()).max().unwrap_or(0);
    eprintln!(
        "{name}: {} claims, {} events, longest article {:.2} MB",
        p.claims.len(),
        p.events.len(),
        article as f64 / 1e6
    );
    path
}

fn wheel(at: Pos2, dy: f32) -> Vec<Event> {
    vec![
        Event::PointerMoved(at),
        Event::MouseWheel {
            unit: MouseWheelUnit::Point,
            delta: vec2(0.0, dy),
            phase: TouchPhase::Move,
            source: MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        },
    ]
}

fn reader(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    // One article of ~1 MB (the generator varies lengths; seed 2 gives just over 1 MB).
    let spec = Spec { articles: 1, claims: 10_000, actors: 40, events: 0, article_chars: 1_000_000, seed: 2 };
    let path = project_file(dir.path(), "reader.ron", &spec);
    let mut g = c.benchmark_group("reader");
    g.sample_size(20);
    g.bench_function("first frame of a 1 MB article with 10k highlights", |b| {
        b.iter_batched(|| Headless::open(Some(&path)), |mut h| h.frame(Vec::new()), BatchSize::LargeInput)
    });

    // The pointer over the reader (the middle of the default layout), scrolling 60 points a
    // frame, down and back up so the whole run stays within the text.
    let mut h = Headless::open(Some(&path));
    let over_reader = Pos2::new(720.0, 300.0);
    let still = h.frame(Vec::new());
    h.frame(Vec::new());
    let mut scrolled = 0.0;
    for _ in 0..10 {
        scrolled = h.frame(wheel(over_reader, -60.0));
    }
    assert_ne!(still, scrolled, "the wheel did not scroll the reader: is the pointer over it?");
    let mut step = 0u32;
    g.bench_function("steady frame while scrolling it", |b| {
        b.iter(|| {
            step += 1;
            let dy = if (step / 500).is_multiple_of(2) { -60.0 } else { 60.0 };
            h.frame(wheel(over_reader, dy))
        })
    });
    g.finish();
}

fn chart(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let spec = Spec { articles: 1_000, claims: 100_000, actors: 40, events: 50_000, article_chars: 5_000, seed: 1 };
    let path = project_file(dir.path(), "chart.ron", &spec);
    let mut h = Headless::open(Some(&path));
    h.frame(Vec::new());
    h.frame(Vec::new());
    let mut g = c.benchmark_group("chart");
    g.sample_size(20);
    // The pointer moves across the chart (bottom middle), so hover picking runs every frame.
    let mut x = 0.0f32;
    g.bench_function("frame with 50k events, pointer moving over the chart", |b| {
        b.iter(|| {
            x = (x + 7.0) % 500.0;
            h.frame(vec![Event::PointerMoved(Pos2::new(450.0 + x, 700.0))])
        })
    });
    g.finish();
    save(c, &mut h);
}

/// Saving the 60 MB project: the frame where Ctrl+S is pressed (the project is handed to the
/// writer thread) is timed. The frames drawn at about 60 Hz until each write is done are
/// summed up against as many frames drawn with no save running: wall-clock times, which on a
/// shared virtual machine include moments the CPU was taken away, and the UI thread's own CPU
/// time, which does not.
fn save(c: &mut Criterion, h: &mut Headless) {
    let ctrl_s =
        Event::Key { key: Key::S, physical_key: None, pressed: true, repeat: false, modifiers: Modifiers::COMMAND };
    let paced = |h: &mut Headless, times: &mut Frames| {
        let (wall, cpu) = (Instant::now(), thread_cpu_time());
        h.frame(vec![Event::PointerMoved(Pos2::new(450.0, 700.0))]);
        let took = wall.elapsed();
        times.wall.push(took);
        times.cpu.push(thread_cpu_time().saturating_sub(cpu));
        std::thread::sleep(Duration::from_millis(16).saturating_sub(took));
    };
    let mut during = Frames::default();
    let mut g = c.benchmark_group("save");
    g.sample_size(10);
    g.bench_function("frame that starts saving the 60 MB project (Ctrl+S)", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let t = Instant::now();
                h.frame(vec![ctrl_s.clone()]);
                total += t.elapsed();
                assert!(h.app.is_saving(), "Ctrl+S started no save");
                while h.app.is_saving() {
                    paced(h, &mut during);
                }
            }
            total
        })
    });
    g.finish();
    if during.wall.is_empty() {
        return; // The group was filtered out.
    }
    let mut idle = Frames::default();
    while idle.wall.len() < during.wall.len() {
        paced(h, &mut idle);
    }
    eprintln!("save: frames while a save ran, wall clock: {}", spread(&mut during.wall));
    eprintln!("save: frames while a save ran, CPU time: {}", spread(&mut during.cpu));
    eprintln!("save: as many frames with no save running, wall clock: {}", spread(&mut idle.wall));
    eprintln!("save: as many frames with no save running, CPU time: {}", spread(&mut idle.cpu));
}

#[derive(Default)]
struct Frames {
    wall: Vec<Duration>,
    cpu: Vec<Duration>,
}

/// The CPU time the calling thread has used.
fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec for the call to fill in.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// Median, 99th percentile, slowest and how many took 16 ms or more.
fn spread(times: &mut [Duration]) -> String {
    times.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let at = |q: f64| ms(times[((times.len() - 1) as f64 * q) as usize]);
    let over = times.iter().filter(|t| t.as_millis() >= 16).count();
    format!(
        "{} frames, median {:.2} ms, 99th percentile {:.2} ms, slowest {:.2} ms, {over} of 16 ms or more",
        times.len(),
        at(0.5),
        at(0.99),
        at(1.0)
    )
}

fn startup(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.sample_size(20);
    g.bench_function("sample project to first frame", |b| {
        b.iter(|| {
            let mut h = Headless::open(None);
            h.frame(Vec::new())
        })
    });
    g.finish();
}

criterion_group!(benches, reader, chart, startup);
criterion_main!(benches);
