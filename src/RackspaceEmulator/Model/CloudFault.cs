namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>A documented fault: {"name":{"code","message","details"}} in JSON, &lt;name code=".."&gt; in XML.</summary>
internal sealed record CloudFault(string Name, int Code, string Message, string? Details = null)
{
    /// <summary>Seconds until the request may be retried (overLimit only).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Absolute retry time (overLimit only).</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public static CloudFault BadRequest(string message) => new("badRequest", 400, message);

    public static CloudFault Unauthorized(string message) => new("unauthorized", 401, message);

    public static CloudFault Forbidden(string message) => new("forbidden", 403, message);

    public static CloudFault ItemNotFound(string message) => new("itemNotFound", 404, message);

    public static CloudFault BadMethod(string message) => new("badMethod", 405, message);

    public static CloudFault BuildInProgress(string message) => new("buildInProgress", 409, message);

    public static CloudFault BackupOrResizeInProgress(string message) => new("backupOrResizeInProgress", 409, message);

    public static CloudFault ResizeNotAllowed(string message) => new("resizeNotAllowed", 403, message);

    public static CloudFault BadMediaType(string message) => new("badMediaType", 415, message);

    public static CloudFault CloudServersFault(string message) => new("cloudServersFault", 500, message);

    public static CloudFault NotImplemented(string message) => new("notImplemented", 501, message);

    public static CloudFault ServiceUnavailable(string message) => new("serviceUnavailable", 503, message);

    public static CloudFault OverLimit(string message, string details, DateTimeOffset retryAt, int retryAfterSeconds) =>
        new("overLimit", 413, message, details) { RetryAt = retryAt, RetryAfterSeconds = retryAfterSeconds };
}
