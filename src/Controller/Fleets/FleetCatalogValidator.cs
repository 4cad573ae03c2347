using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Fleets;

/// <summary>Checks every fleet's options and reports every problem at once, each naming its configuration key.</summary>
internal sealed partial class FleetCatalogValidator : IValidateOptions<FleetCatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, FleetCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (fleet, fleetOptions) in options.Fleets.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            ValidateFleet(fleet, fleetOptions, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateFleet(string fleet, FleetOptions o, List<string> failures)
    {
        var key = $"{FleetCatalogOptions.SectionName}:{fleet}";
        void Fail(string property, string problem) => failures.Add($"{key}:{property} {problem}");

        if (!FleetName().IsMatch(fleet))
        {
            failures.Add($"{key}: the fleet name must be 1-64 chars of [a-z0-9-]");
        }

        if (string.IsNullOrWhiteSpace(o.ImageId))
        {
            Fail(nameof(o.ImageId), "is required");
        }

        if (string.IsNullOrWhiteSpace(o.FlavorId))
        {
            Fail(nameof(o.FlavorId), "is required");
        }

        if (!NamePrefix().IsMatch(o.NamePrefix ?? ""))
        {
            Fail(nameof(o.NamePrefix), "must be 1-32 chars of [a-z0-9-]");
        }

        if (o.SlotsPerServer is < 1 or > 100_000)
        {
            Fail(nameof(o.SlotsPerServer), $"must be 1-100000 (was {o.SlotsPerServer})");
        }

        if (o.MinServers < 0)
        {
            Fail(nameof(o.MinServers), $"must be 0 or more (was {o.MinServers})");
        }

        if (o.MaxServers < 1 || o.MaxServers < o.MinServers)
        {
            Fail(nameof(o.MaxServers), $"must be at least 1 and at least MinServers {o.MinServers} (was {o.MaxServers})");
        }

        if (o.MinFreeSlots < 0)
        {
            Fail(nameof(o.MinFreeSlots), $"must be 0 or more (was {o.MinFreeSlots})");
        }

        if (!(o.FreeSlotsPercent >= 0 && o.FreeSlotsPercent < 100))
        {
            Fail(nameof(o.FreeSlotsPercent), $"must be from 0 to below 100 (was {o.FreeSlotsPercent})");
        }

        if (!(o.ScaleUpUtilisation > 0 && o.ScaleUpUtilisation <= 1))
        {
            Fail(nameof(o.ScaleUpUtilisation), $"must be above 0 and at most 1 (was {o.ScaleUpUtilisation})");
        }

        if (!(o.AdaptiveBufferQuantile >= 0.5 && o.AdaptiveBufferQuantile <= 1))
        {
            Fail(nameof(o.AdaptiveBufferQuantile), $"must be from 0.5 to 1 (was {o.AdaptiveBufferQuantile})");
        }

        if (o.AdaptiveBufferMinimumErrors < 1)
        {
            Fail(nameof(o.AdaptiveBufferMinimumErrors), $"must be 1 or more (was {o.AdaptiveBufferMinimumErrors})");
        }

        // Shorter than a tick would never hold a scored forecast; the cap bounds the history one fleet keeps.
        if (o.AdaptiveBufferWindow < o.PolicyInterval || o.AdaptiveBufferWindow > TimeSpan.FromDays(1))
        {
            Fail(nameof(o.AdaptiveBufferWindow), $"must be at least PolicyInterval {o.PolicyInterval} and at most 1 day (was {o.AdaptiveBufferWindow})");
        }

        Positive(nameof(o.ExpectedBootTime), o.ExpectedBootTime);
        Positive(nameof(o.JoinRateWindow), o.JoinRateWindow);
        Positive(nameof(o.WaitingPlayersTtl), o.WaitingPlayersTtl);
        NotNegative(nameof(o.ScaleUpCooldown), o.ScaleUpCooldown);
        NotNegative(nameof(o.ScaleDownCooldown), o.ScaleDownCooldown);
        NotNegative(nameof(o.ScaleDownWindow), o.ScaleDownWindow);
        NotNegative(nameof(o.EmptyGracePeriod), o.EmptyGracePeriod);
        NotNegative(nameof(o.DrainSettle), o.DrainSettle);
        NotNegative(nameof(o.BillingGranularity), o.BillingGranularity);
        NotNegative(nameof(o.BillingDeleteWindow), o.BillingDeleteWindow);
        Positive(nameof(o.HeartbeatTimeout), o.HeartbeatTimeout);
        Positive(nameof(o.BootTimeout), o.BootTimeout);
        Positive(nameof(o.BuildTimeout), o.BuildTimeout);
        Positive(nameof(o.CreateBackoff), o.CreateBackoff);
        Positive(nameof(o.PolicyInterval), o.PolicyInterval);

        if (o.BillingGranularity > TimeSpan.Zero && o.BillingDeleteWindow >= o.BillingGranularity)
        {
            Fail(nameof(o.BillingDeleteWindow), $"must be shorter than BillingGranularity {o.BillingGranularity} (was {o.BillingDeleteWindow})");
        }

        if (o.MaxCreateBackoff < o.CreateBackoff)
        {
            Fail(nameof(o.MaxCreateBackoff), $"must be at least CreateBackoff {o.CreateBackoff} (was {o.MaxCreateBackoff})");
        }

        if (o.MaxCreatesPerTick < 1)
        {
            Fail(nameof(o.MaxCreatesPerTick), $"must be 1 or more (was {o.MaxCreatesPerTick})");
        }

        if (o.MaxInFlight < 1)
        {
            Fail(nameof(o.MaxInFlight), $"must be 1 or more (was {o.MaxInFlight})");
        }

        if (o.MaxDrainsPerTick < 0)
        {
            Fail(nameof(o.MaxDrainsPerTick), $"must be 0 or more (was {o.MaxDrainsPerTick})");
        }

        if (o.RebootsBeforeReplace < 0)
        {
            Fail(nameof(o.RebootsBeforeReplace), $"must be 0 or more (was {o.RebootsBeforeReplace})");
        }

        if (string.IsNullOrWhiteSpace(o.BootstrapFilePath) || !o.BootstrapFilePath.StartsWith('/'))
        {
            Fail(nameof(o.BootstrapFilePath), "must be an absolute path");
        }

        void Positive(string property, TimeSpan value)
        {
            if (value <= TimeSpan.Zero)
            {
                Fail(property, $"must be a positive duration (was {value})");
            }
        }

        void NotNegative(string property, TimeSpan value)
        {
            if (value < TimeSpan.Zero)
            {
                Fail(property, $"must not be negative (was {value})");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex FleetName();

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex NamePrefix();
}
