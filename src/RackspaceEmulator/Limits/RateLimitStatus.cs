namespace Autoscaler.RackspaceEmulator.Limits;

/// <summary>One rate limit as reported by GET /limits.</summary>
internal sealed record RateLimitStatus(RateLimitRule Rule, int Remaining, DateTimeOffset ResetTime);
