using System.Globalization;
using Autoscaler.Controller.Fleets;
using Microsoft.Extensions.Configuration;

namespace Autoscaler.Simulator.Project;

/// <summary>The fleet configuration the project's policy runs with in the simulator.</summary>
/// <remarks>
/// Defaults are the controller's own, except what a simulated fleet must set and values chosen from first principles,
/// never fitted to a trace: slots, boot time and min/max follow the simulated world (the same min/max as the Agones
/// baselines); the buffer is at least one server's worth of slots, beyond that learnt from the fleet's forecast errors
/// (the controller's default) and 10 % until it has been learnt; creates are capped at 20 per
/// tick and 50 in flight (Rackspace v2 allows 100 POSTs a minute). A policy file (the JSON of one <c>Fleets:&lt;name&gt;</c>
/// section) overrides any of them.
/// </remarks>
internal static class ProjectPolicySettings
{
    public static FleetOptions Create(SimulationOptions world, int minServers, int maxServers, string? policyFile)
    {
        ArgumentNullException.ThrowIfNull(world);
        var options = new FleetOptions
        {
            ImageId = EmulatedCloudSession.ImageId,
            FlavorId = EmulatedCloudSession.FlavorId,
            SlotsPerServer = world.SlotsPerServer,
            MinServers = minServers,
            MaxServers = maxServers,
            MinFreeSlots = world.SlotsPerServer,
            FreeSlotsPercent = 10,
            ExpectedBootTime = world.Boot.BootTime,
            MaxCreatesPerTick = 20,
            MaxInFlight = 50,
        };
        if (policyFile is not null)
        {
            new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(policyFile), optional: false, reloadOnChange: false).Build().Bind(options);
        }

        return options;
    }

    /// <summary>The buffer rule in words, for the report.</summary>
    public static string DescribeBuffer(FleetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = string.Create(CultureInfo.InvariantCulture, $"max({options.MinFreeSlots} slots, {options.FreeSlotsPercent:0.#}%)");
        return options.AdaptiveBuffer
            ? string.Create(CultureInfo.InvariantCulture,
                $"max({options.MinFreeSlots} slots, p{options.AdaptiveBufferQuantile * 100:0.#} forecast shortfall of the last {options.AdaptiveBufferWindow.TotalMinutes:0} min; {configured} until learnt)")
            : configured;
    }
}
