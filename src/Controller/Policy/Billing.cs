using Autoscaler.Controller.Fleets;

namespace Autoscaler.Controller.Policy;

/// <summary>Billing-aware deletion: a server is paid up to its next billing boundary, so it goes just before one.</summary>
internal static class Billing
{
    /// <summary>Whether deleting now wastes nothing already paid: per-second billing, or within the delete window of a boundary.</summary>
    public static bool NearBoundary(DateTimeOffset createdAt, FleetOptions options, DateTimeOffset now)
    {
        if (options.BillingGranularity <= TimeSpan.Zero)
        {
            return true;
        }

        return TimeToBoundary(createdAt, options.BillingGranularity, now) <= options.BillingDeleteWindow;
    }

    /// <summary>Time left until the server's next billing boundary (a full unit right at a boundary).</summary>
    public static TimeSpan TimeToBoundary(DateTimeOffset createdAt, TimeSpan granularity, DateTimeOffset now)
    {
        var age = now - createdAt;
        if (age < TimeSpan.Zero)
        {
            return granularity;
        }

        var intoUnit = TimeSpan.FromTicks(age.Ticks % granularity.Ticks);
        return granularity - intoUnit;
    }
}
