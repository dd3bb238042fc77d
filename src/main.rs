use std::process::ExitCode;

use clap::Parser;
use faultline::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => match run(command, &mut std::io::stdout().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("faultline: {e}");
                ExitCode::FAILURE
            }
        },
        None => faultline::ui::run(cli.project),
    }
}
