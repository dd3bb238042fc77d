use std::process::ExitCode;

use clap::Parser;
use faultline::cli::{Cli, Command, run, teams};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        // A merge's exit code says whether conflicts remain, as git's merge drivers expect.
        Some(Command::Merge { base, ours, theirs, output }) => {
            match teams::merge_files(&base, &ours, &theirs, &output, &mut std::io::stdout().lock()) {
                Ok(false) => ExitCode::SUCCESS,
                Ok(true) => ExitCode::from(1),
                Err(e) => {
                    eprintln!("faultline: {e}");
                    ExitCode::from(2)
                }
            }
        }
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
