using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceEmulator.Http;

internal static partial class EmulatorLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "{Method} {Path} -> {Fault} ({Code})")]
    public static partial void FaultReturned(ILogger logger, string method, string path, string fault, int code);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "{Method} {Path} failed unexpectedly")]
    public static partial void UnexpectedFailure(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Rackspace emulator listening on {Address}")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "Accounts: {Accounts}; regions: {Regions}; identity at /v1.0 and /v2.0/tokens")]
    public static partial void Accounts(ILogger logger, string accounts, string regions);
}
