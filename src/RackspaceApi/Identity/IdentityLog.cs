using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceApi.Identity;

/// <summary>Log messages of authentication. Never a credential or a token.</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Authenticating with {IdentityUrl}")]
    public static partial void Authenticating(ILogger logger, Uri identityUrl);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Authenticated with {IdentityUrl}; token expires {Expires:O}")]
    public static partial void Authenticated(ILogger logger, Uri identityUrl, DateTimeOffset expires);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Authentication with {IdentityUrl} failed: {Reason}")]
    public static partial void AuthenticationFailed(ILogger logger, Uri identityUrl, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "The token was refused (401); authenticating again")]
    public static partial void TokenRefused(ILogger logger);
}
