namespace Autoscaler.RackspaceEmulator;

/// <summary>Rate limits of each dialect.</summary>
/// <remarks>
/// Empty lists mean the documented defaults. v1.0: POST * 10/min, POST */servers 50/day, PUT * 10/min,
/// GET *changes-since* 3/min, DELETE * 100/min. v2: GET * 1000/min, POST * 100/min, POST */servers 1000/day,
/// PUT * 100/min, DELETE * 100/min.
/// </remarks>
public sealed class RateLimitOptions
{
    /// <summary>False turns rate limiting off (limits are still reported by GET /limits). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Rate limits of the v1.0 API.</summary>
    public IList<RateLimitRule> V1 { get; } = new List<RateLimitRule>();

    /// <summary>Rate limits of the v2 API.</summary>
    public IList<RateLimitRule> V2 { get; } = new List<RateLimitRule>();

    internal static IReadOnlyList<RateLimitRule> V1Defaults { get; } =
    [
        RateLimitRule.Create("POST", "*", ".*", 10, "MINUTE"),
        RateLimitRule.Create("POST", "*/servers", "^/servers", 50, "DAY"),
        RateLimitRule.Create("PUT", "*", ".*", 10, "MINUTE"),
        RateLimitRule.Create("GET", "*changes-since*", ".*changes-since.*", 3, "MINUTE"),
        RateLimitRule.Create("DELETE", "*", ".*", 100, "MINUTE"),
    ];

    internal static IReadOnlyList<RateLimitRule> V2Defaults { get; } =
    [
        RateLimitRule.Create("GET", "*", ".*", 1000, "MINUTE"),
        RateLimitRule.Create("POST", "*", ".*", 100, "MINUTE"),
        RateLimitRule.Create("POST", "*/servers", "^/servers", 1000, "DAY"),
        RateLimitRule.Create("PUT", "*", ".*", 100, "MINUTE"),
        RateLimitRule.Create("DELETE", "*", ".*", 100, "MINUTE"),
    ];
}
