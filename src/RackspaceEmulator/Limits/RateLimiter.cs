using System.Text.RegularExpressions;
using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator.Limits;

/// <summary>Fixed-window rate limits per account, verb and URI regex (the documented GET /limits model).</summary>
internal sealed class RateLimiter
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly bool _enabled;
    private readonly IReadOnlyList<CompiledRule> _v1;
    private readonly IReadOnlyList<CompiledRule> _v2;
    private readonly Dictionary<(string Tenant, ApiDialect Dialect, int Rule), Window> _windows = [];

    public RateLimiter(EmulatorOptions options, TimeProvider time)
    {
        _time = time;
        _enabled = options.RateLimits.Enabled;
        _v1 = Compile(options.RateLimits.V1.Count > 0 ? [.. options.RateLimits.V1] : RateLimitOptions.V1Defaults);
        _v2 = Compile(options.RateLimits.V2.Count > 0 ? [.. options.RateLimits.V2] : RateLimitOptions.V2Defaults);
    }

    /// <summary>Counts the request against every matching rule, or returns the overLimit fault when one is exhausted.</summary>
    public CloudFault? Check(TenantContext ctx, string verb, string relativeUrl)
    {
        if (!_enabled || ctx.Dialect is not (ApiDialect.V1 or ApiDialect.V2))
        {
            return null;
        }

        var rules = RulesOf(ctx.Dialect);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var matching = new List<(int Index, CompiledRule Rule, Window Window)>();
            foreach (var (rule, index) in rules.Select((r, i) => (r, i)))
            {
                if (!string.Equals(rule.Source.Verb, verb, StringComparison.OrdinalIgnoreCase) || !rule.Regex.IsMatch(relativeUrl))
                {
                    continue;
                }

                var window = CurrentWindow(ctx, index, rule, now);
                if (window.Count >= rule.Source.Value)
                {
                    var retryAt = window.Start + rule.Length;
                    var seconds = (int)Math.Ceiling((retryAt - now).TotalSeconds);
                    return CloudFault.OverLimit(
                        "Too many requests...",
                        $"Only {rule.Source.Value} {rule.Source.Verb} request(s) can be made to {rule.Source.Uri} every {rule.Source.Unit.ToLowerInvariant()}.",
                        retryAt,
                        Math.Max(seconds, 1));
                }

                matching.Add((index, rule, window));
            }

            foreach (var (_, _, window) in matching)
            {
                window.Count++;
            }
        }

        return null;
    }

    /// <summary>The rules of a dialect with the caller's remaining requests and reset times (for GET /limits).</summary>
    public IReadOnlyList<RateLimitStatus> Status(TenantContext ctx)
    {
        var rules = RulesOf(ctx.Dialect);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return [.. rules.Select((rule, index) =>
            {
                var window = CurrentWindow(ctx, index, rule, now);
                return new RateLimitStatus(rule.Source, Math.Max(0, rule.Source.Value - window.Count), window.Start + rule.Length);
            })];
        }
    }

    private IReadOnlyList<CompiledRule> RulesOf(ApiDialect dialect) => dialect == ApiDialect.V1 ? _v1 : _v2;

    private Window CurrentWindow(TenantContext ctx, int index, CompiledRule rule, DateTimeOffset now)
    {
        var key = (ctx.TenantId, ctx.Dialect, index);
        if (!_windows.TryGetValue(key, out var window) || now >= window.Start + rule.Length)
        {
            window = new Window { Start = now };
            _windows[key] = window;
        }

        return window;
    }

    private static List<CompiledRule> Compile(IEnumerable<RateLimitRule> rules) =>
        [.. rules.Select(r => new CompiledRule(r, new Regex(r.Regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), UnitLength(r.Unit)))];

    internal static TimeSpan UnitLength(string unit) => unit.ToUpperInvariant() switch
    {
        "SECOND" => TimeSpan.FromSeconds(1),
        "MINUTE" => TimeSpan.FromMinutes(1),
        "HOUR" => TimeSpan.FromHours(1),
        "DAY" => TimeSpan.FromDays(1),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unit must be SECOND, MINUTE, HOUR or DAY."),
    };

    private sealed record CompiledRule(RateLimitRule Source, Regex Regex, TimeSpan Length);

    private sealed class Window
    {
        public DateTimeOffset Start { get; init; }

        public int Count { get; set; }
    }
}
