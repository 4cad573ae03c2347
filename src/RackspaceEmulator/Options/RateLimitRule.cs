namespace Autoscaler.RackspaceEmulator;

/// <summary>A rate limit: at most <see cref="Value"/> requests with <see cref="Verb"/> whose path matches <see cref="Regex"/> per <see cref="Unit"/>.</summary>
public sealed class RateLimitRule
{
    /// <summary>HTTP verb (GET, POST, PUT, DELETE).</summary>
    public string Verb { get; set; } = "";

    /// <summary>The URI pattern as shown by GET /limits, e.g. "*/servers".</summary>
    public string Uri { get; set; } = "";

    /// <summary>Regular expression matched against the path below the tenant, e.g. "^/servers".</summary>
    public string Regex { get; set; } = "";

    /// <summary>Requests allowed per unit.</summary>
    public int Value { get; set; }

    /// <summary>MINUTE, HOUR or DAY.</summary>
    public string Unit { get; set; } = "MINUTE";

    internal static RateLimitRule Create(string verb, string uri, string regex, int value, string unit) =>
        new() { Verb = verb, Uri = uri, Regex = regex, Value = value, Unit = unit };
}
