using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Tests.Policy;

/// <summary>Builders for policy tests: a fixed moment, baseline options and servers in each state.</summary>
internal static class PolicyFixture
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static FleetOptions Options(Action<FleetOptions>? change = null)
    {
        var options = new FleetOptions
        {
            ImageId = "img", FlavorId = "flv", SlotsPerServer = 10, MinServers = 0, MaxServers = 10, MinFreeSlots = 5,
            FreeSlotsPercent = 0, ScaleUpUtilisation = 1, LeadTimeProvisioning = false, ScaleUpCooldown = TimeSpan.Zero,
            ScaleDownCooldown = TimeSpan.Zero, MaxCreatesPerTick = 5, MaxInFlight = 10, MaxDrainsPerTick = 2,
            EmptyGracePeriod = TimeSpan.FromMinutes(1), DrainSettle = TimeSpan.FromSeconds(10), HeartbeatTimeout = TimeSpan.FromSeconds(15),
            BootTimeout = TimeSpan.FromMinutes(5), BuildTimeout = TimeSpan.FromMinutes(15), RebootsBeforeReplace = 2,
        };
        change?.Invoke(options);
        return options;
    }

    public static ServerView Ready(string id, int players, int capacity = 10, TimeSpan? emptyFor = null, TimeSpan? age = null, TimeSpan? silentFor = null) =>
        new(id, ServerState.Ready, players, capacity, Now - (age ?? TimeSpan.FromMinutes(10)), Now - TimeSpan.FromMinutes(8),
            Now - (silentFor ?? TimeSpan.FromSeconds(1)), players == 0 ? Now - (emptyFor ?? TimeSpan.FromMinutes(5)) : null, 0, "ACTIVE", false);

    public static ServerView Draining(string id, int players, int capacity = 10, TimeSpan? emptyFor = null, TimeSpan? drainingFor = null, TimeSpan? age = null) =>
        new(id, ServerState.Draining, players, capacity, Now - (age ?? TimeSpan.FromMinutes(10)), Now - (drainingFor ?? TimeSpan.FromMinutes(1)),
            Now - TimeSpan.FromSeconds(1), players == 0 ? Now - (emptyFor ?? TimeSpan.FromMinutes(1)) : null, 0, "ACTIVE", false);

    public static ServerView InState(string id, ServerState state, TimeSpan since, int capacity = 10, string? cloudStatus = "BUILD", int reboots = 0, bool uncertain = false) =>
        new(id, state, 0, capacity, Now - since, Now - since, null, null, reboots, cloudStatus, uncertain);

    public static FleetSnapshot Snapshot(params ServerView[] servers) => new("f", servers);

    public static ScalingDecision Decide(FleetSnapshot snapshot, FleetOptions? options = null) =>
        CapacityPolicy.Decide(snapshot, options ?? Options(), Now);

    public static IEnumerable<string> Ids(IEnumerable<ServerAction> actions) => actions.Select(a => a.ServerId);
}
