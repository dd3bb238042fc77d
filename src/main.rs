//! The `faultline` program: a headless command when one is named, else the workbench.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use faultline::cli::{Cli, Command, Terminal, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => {
            let mut out = Terminal::new(std::io::stdout().lock());
            // A merge's exit code says whether conflicts remain, as git's merge drivers expect:
            // 0 clean, 1 conflicts kept in the output, 2 on error.
            let error_code = if matches!(command, Command::Merge { .. }) { 2 } else { 1 };
            let result = run(command, &mut out);
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
