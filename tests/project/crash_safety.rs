//! A save killed at any moment (SIGKILL, a power cut) leaves the project file either as it was
//! or as it was being written: never half a file; its `.bak` is a real earlier version, and the
//! temporary files killed saves leave are removed by the next writer.

#![cfg(unix)]

use std::process::Command;
use std::time::Duration;

use faultline::io::project_file;

fn generate(seed: u64, out: &std::path::Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_faultline"))
        .args(["generate", "--articles", "200", "--claims", "20000", "--article-chars", "6000", "--seed"])
        .arg(seed.to_string())
        .arg("-o")
        .arg(out)
        .arg("--force")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn a_save_killed_at_random_moments_leaves_the_old_or_the_new_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.ron");
    // The two versions the file can hold: written in full once each.
    let versions: Vec<String> = [1, 2]
        .iter()
        .map(|&seed| {
            let out = dir.path().join(format!("v{seed}.ron"));
            assert!(generate(seed, &out).wait().unwrap().success());
            std::fs::read_to_string(out).unwrap()
        })
        .collect();
    assert!(versions[0].len() > 5_000_000, "big enough that a save takes a while");
    std::fs::write(&path, &versions[0]).unwrap();

    let mut rng = fastrand::Rng::with_seed(7);
    let mut killed_mid_save = 0;
    for round in 0..16u64 {
        let mut child = generate(1 + (round + 1) % 2, &path);
        std::thread::sleep(Duration::from_millis(rng.u64(0..600)));
        if child.try_wait().unwrap().is_none() {
            killed_mid_save += 1;
        }
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = std::fs::read_to_string(&path).unwrap();
        let which = versions.iter().position(|v| *v == now);
        assert!(which.is_some(), "round {round}: the file is neither version ({} bytes)", now.len());
    }
    // Every version on disk parses in full.
    for v in &versions {
        let (_, problems) = project_file::parse_checked(v).unwrap();
        assert!(problems.is_empty());
    }
    assert!(killed_mid_save >= 4, "only {killed_mid_save} of 16 saves were still running when killed");
    let bak = project_file::backup_path(&path);
    if bak.exists() {
        assert!(versions.contains(&std::fs::read_to_string(&bak).unwrap()), "the backup is a whole version");
    }

    // One save to the end: the temporary files of the killed ones are gone, and the backup is
    // the version that was there before, as a file of its own (not a second name of the new one).
    let before = std::fs::read_to_string(&path).unwrap();
    let seed = if before == versions[0] { 2 } else { 1 };
    assert!(generate(seed, &path).wait().unwrap().success());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind: {leftovers:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), versions[seed as usize - 1]);
    assert_eq!(std::fs::read_to_string(&bak).unwrap(), before, "the backup is the previous generation");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&bak).unwrap().nlink(), 1, "the backup is not a hard link");
}
