// CLI entry point (`partition-lens`); owned by the CLI work.
process.stderr.write('partition-lens: not implemented yet\n');
process.exitCode = 2;
