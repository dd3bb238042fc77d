//! The `faultline` program: a headless command when one is named, else the workbench.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use faultline::cli::{Cli, Command, Terminal, run, teams};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => {
            let mut out = Terminal::new(std::io::stdout().lock());
            let error_code = if matches!(command, Command::Merge { .. }) { 2 } else { 1 };
            let result = match command {
                // A merge's exit code says whether conflicts remain, as git's merge drivers expect:
                // 0 clean, 1 conflicts kept in the output, 2 on error.
                Command::Merge { base, ours, theirs, output } => {
                    teams::merge_files(&base, &ours, &theirs, &output, &mut out).map(u8::from)
                }
                command => run(command, &mut out).map(|()| 0),
            };
            let _ = out.flush();
            match result {
                Ok(code) => ExitCode::from(code),
                Err(e) => {
                    let mut err = Terminal::new(std::io::stderr().lock());
                    let _ = writeln!(err, "faultline: {e}");
                    ExitCode::from(error_code)
                }
            }
        }
        None => faultline::ui::run(cli.project),
    }
}
