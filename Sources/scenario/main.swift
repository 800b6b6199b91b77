import FinModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let status = ScenarioCommand.run(Array(CommandLine.arguments.dropFirst()))
Output.flush()
exit(status.rawValue)
