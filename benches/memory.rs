//! Peak memory after loading the analyst-scale project, against its file size. Not a
//! criterion bench: the parent writes the project, then runs itself again to load it, so the
//! child's peak resident set (VmHWM in /proc/self/status, Linux) holds only the load and the
//! open document. Run with `cargo bench --bench memory`.

use faultline::edit::Document;
use faultline::generate::{Spec, generate};
use faultline::io::project_file::{load_checked, to_ron};

const CHILD: &str = "FAULTLINE_MEMORY_CHILD";

fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    if let Ok(path) = std::env::var(CHILD) {
        let before = peak_kib().unwrap_or(0);
        let (project, problems) = load_checked(std::path::Path::new(&path)).expect("the project loads");
        let doc = Document::new(project, Some(path.into()));
        let peak = peak_kib().expect("/proc/self/status has VmHWM");
        println!("{before} {peak} {} {}", doc.project().claims.len(), problems.len());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let spec = Spec { articles: 1_000, claims: 100_000, actors: 40, events: 50_000, article_chars: 5_000, seed: 1 };
    std::fs::write(&path, to_ron(&generate(&spec)).unwrap()).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    let out = std::process::Command::new(std::env::current_exe().unwrap()).env(CHILD, &path).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let fields: Vec<u64> = text.split_whitespace().filter_map(|f| f.parse().ok()).collect();
    let [before, peak, claims, problems] = fields[..] else {
        panic!("the child did not report: {text} {}", String::from_utf8_lossy(&out.stderr));
    };
    let mb = |kib: u64| kib as f64 * 1024.0 / 1e6;
    println!(
        "file {:.1} MB; peak RSS {:.1} MB after loading ({claims} claims, {problems} problems), {:.1} MB before: {:.2}x the file",
        size as f64 / 1e6,
        mb(peak),
        mb(before),
        mb(peak) / (size as f64 / 1e6)
    );
}
