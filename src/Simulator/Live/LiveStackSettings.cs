using System.Globalization;
using Autoscaler.Controller.Agents;
using Autoscaler.Controller.Core;
using Autoscaler.Controller.Fleets;

namespace Autoscaler.Simulator.Live;

/// <summary>The configuration of the real processes of a live run: the controller's (the project's fleet settings and
/// its own cadences) and the emulator's (boot and reboot times, limits), every trace-time duration divided by the speed.</summary>
/// <param name="Controller">Environment variables of the controller process.</param>
/// <param name="Emulator">Environment variables of the emulator process (its build time included).</param>
/// <param name="BuildTime">How long the emulated cloud keeps a new server in BUILD (wall time).</param>
/// <param name="Notes">Where a scaled value was raised to a floor the controller enforces, one line each.</param>
internal sealed record LiveStackSettings(
    IReadOnlyDictionary<string, string> Controller,
    IReadOnlyDictionary<string, string> Emulator,
    TimeSpan BuildTime,
    IReadOnlyList<string> Notes)
{
    /// <summary>The controller's floor for AgentProtocol:HeartbeatInterval (AgentProtocolOptionsValidator).</summary>
    public static readonly TimeSpan HeartbeatIntervalFloor = TimeSpan.FromMilliseconds(100);

    /// <summary>The controller's floor for AgentProtocol:ReportInterval (AgentProtocolOptionsValidator).</summary>
    public static readonly TimeSpan ReportIntervalFloor = TimeSpan.FromMilliseconds(10);

    /// <summary>Builds the settings for <paramref name="fleet"/> (named <paramref name="fleetName"/>) in <paramref name="world"/>.</summary>
    /// <param name="buildTime">The trace-time BUILD phase at the cloud; the rest of a boot is the game's start.</param>
    public static LiveStackSettings Create(FleetOptions fleet, string fleetName, SimulationOptions world, TimeSpan buildTime, TimeScale scale)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(scale);
        var notes = new List<string>();
        var controller = new SortedDictionary<string, string>(ScaledFleetSettings.For(fleet, fleetName, scale), StringComparer.Ordinal);

        var core = new ControllerOptions();
        controller[$"{ControllerOptions.SectionName}__{nameof(core.ReconcileInterval)}"] = Format(scale.ToWall(core.ReconcileInterval));
        controller[$"{ControllerOptions.SectionName}__{nameof(core.CreateRequestTimeout)}"] = Format(scale.ToWall(core.CreateRequestTimeout));

        // Agents report and heartbeat at the protocol's cadence in trace time; the per-stream message budget is a rate,
        // so it grows with the speed.
        var protocol = new AgentProtocolOptions();
        const string Protocol = AgentProtocolOptions.SectionName;
        controller[$"{Protocol}__{nameof(protocol.HeartbeatInterval)}"] = Format(Floor(scale.ToWall(protocol.HeartbeatInterval), HeartbeatIntervalFloor, $"{Protocol}:{nameof(protocol.HeartbeatInterval)}", notes));
        controller[$"{Protocol}__{nameof(protocol.ReportInterval)}"] = Format(Floor(scale.ToWall(protocol.ReportInterval), ReportIntervalFloor, $"{Protocol}:{nameof(protocol.ReportInterval)}", notes));
        var messages = scale.ToWallRate(protocol.MessagesPerSecond);
        controller[$"{Protocol}__{nameof(protocol.MessagesPerSecond)}"] = Format(messages);
        controller[$"{Protocol}__{nameof(protocol.MessageBurst)}"] = Format(Math.Max(scale.ToWallRate(protocol.MessageBurst), messages));

        var wallBuild = scale.ToWall(buildTime);
        var reboot = Format(scale.ToWall(world.Boot.RebootTime));
        var emulator = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Emulator__BuildTime"] = Format(wallBuild),
            ["Emulator__RebootTime"] = reboot,
            ["Emulator__HardRebootTime"] = reboot,
            ["Emulator__RandomSeed"] = Format(world.Seed),

            // As in virtual time: the run measures the policy, not the account's limits.
            ["Emulator__RateLimits__Enabled"] = "false",
            ["Emulator__AbsoluteLimits__MaxTotalInstances"] = Format(100_000),
            ["Emulator__AbsoluteLimits__MaxTotalRamSize"] = Format(int.MaxValue),

            // Every cloud call of the run stays in the audit log, which is where the run counts them.
            ["Emulator__AuditCapacity"] = Format(1_000_000),
        };
        return new LiveStackSettings(controller, emulator, wallBuild, notes);
    }

    private static TimeSpan Floor(TimeSpan scaled, TimeSpan floor, string key, List<string> notes)
    {
        if (scaled >= floor)
        {
            return scaled;
        }

        notes.Add(string.Create(CultureInfo.InvariantCulture, $"{key} scaled to {scaled.TotalMilliseconds:0.#} ms is below the controller's floor; {floor.TotalMilliseconds:0} ms used."));
        return floor;
    }

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
