using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using FsCheck;
using FsCheck.Fluent;

namespace Autoscaler.Controller.Tests.Policy;

/// <summary>A random fleet and options for property tests, built from one seed so a failure replays exactly.</summary>
public sealed class PolicyCase
{
    private static readonly ServerState[] States =
        [ServerState.Requested, ServerState.Building, ServerState.Booting, ServerState.Ready, ServerState.Ready, ServerState.Ready,
         ServerState.Draining, ServerState.Draining, ServerState.Lost, ServerState.Rebooting, ServerState.Deleting];

    private static readonly string?[] CloudStatuses = ["BUILD", "ACTIVE", "ACTIVE", "ACTIVE", null, "ERROR"];

    private PolicyCase(int seed)
    {
        Seed = seed;
        var r = new Random(seed);
        var now = PolicyFixture.Now;
        var slots = r.Next(1, 21);
        var min = r.Next(0, 6);
        var billing = r.Next(3) == 0;
        Options = PolicyFixture.Options(o =>
        {
            o.SlotsPerServer = slots;
            o.MinServers = min;
            o.MaxServers = Math.Max(1, min + r.Next(0, 21));
            o.MinFreeSlots = r.Next(0, 31);
            o.FreeSlotsPercent = r.Next(3) == 0 ? 0 : r.Next(0, 60);
            o.ScaleUpUtilisation = r.Next(2) == 0 ? 1 : 0.5 + (r.NextDouble() * 0.5);
            o.LeadTimeProvisioning = r.Next(2) == 0;
            o.ExpectedBootTime = TimeSpan.FromSeconds(r.Next(10, 300));
            o.ScaleUpCooldown = r.Next(3) == 0 ? TimeSpan.FromSeconds(r.Next(0, 120)) : TimeSpan.Zero;
            o.ScaleDownCooldown = TimeSpan.FromSeconds(r.Next(0, 600));
            o.MaxCreatesPerTick = r.Next(1, 6);
            o.MaxInFlight = r.Next(1, 11);
            o.MaxDrainsPerTick = r.Next(0, 4);
            o.EmptyGracePeriod = TimeSpan.FromSeconds(r.Next(0, 300));
            o.DrainSettle = TimeSpan.FromSeconds(r.Next(0, 30));
            o.BillingGranularity = billing ? TimeSpan.FromHours(1) : TimeSpan.Zero;
            o.BillingDeleteWindow = TimeSpan.FromMinutes(r.Next(1, 11));
            o.HeartbeatTimeout = TimeSpan.FromSeconds(r.Next(5, 31));
            o.BootTimeout = TimeSpan.FromSeconds(r.Next(60, 600));
            o.BuildTimeout = TimeSpan.FromSeconds(r.Next(120, 1200));
            o.RebootsBeforeReplace = r.Next(0, 4);
            o.DryRun = r.Next(10) == 0;
        });

        var servers = new List<ServerView>();
        var count = r.Next(0, 40);
        for (var i = 0; i < count; i++)
        {
            var state = States[r.Next(States.Length)];
            var capacity = r.Next(2) == 0 ? slots : r.Next(1, (2 * slots) + 1);
            var players = state is ServerState.Ready or ServerState.Draining or ServerState.Lost ? r.Next(0, capacity + 1) : 0;
            if (r.Next(3) == 0)
            {
                players = 0;
            }

            var createdAt = now - TimeSpan.FromSeconds(r.Next(0, 7200));
            var stateSince = createdAt + TimeSpan.FromSeconds(r.Next(0, (int)(now - createdAt).TotalSeconds + 1));
            DateTimeOffset? lastSeen = r.Next(5) == 0 ? null : now - TimeSpan.FromSeconds(r.Next(0, 60));
            DateTimeOffset? emptySince = players == 0 && r.Next(6) != 0 ? now - TimeSpan.FromSeconds(r.Next(0, 900)) : null;
            servers.Add(new ServerView($"s{i:00}", state, players, capacity, createdAt, stateSince, lastSeen, emptySince, r.Next(0, 4),
                CloudStatuses[r.Next(CloudStatuses.Length)], state == ServerState.Requested && r.Next(4) == 0,
                state == ServerState.Draining && r.Next(4) == 0));
        }

        Snapshot = new FleetSnapshot("f", servers,
            JoinRatePerSecond: (r.NextDouble() * 4) - 2,
            ObservedBootTime: r.Next(2) == 0 ? TimeSpan.FromSeconds(r.Next(5, 300)) : null,
            LastScaleUpAt: r.Next(2) == 0 ? now - TimeSpan.FromSeconds(r.Next(0, 900)) : null,
            LastScaleDownAt: r.Next(2) == 0 ? now - TimeSpan.FromSeconds(r.Next(0, 900)) : null,
            CreateBackoffUntil: r.Next(6) == 0 ? now + TimeSpan.FromSeconds(r.Next(-60, 60)) : null,
            ManualFloor: r.Next(5) == 0 ? r.Next(0, Options.MaxServers + 1) : null,
            Paused: r.Next(20) == 0,
            WaitingPlayers: r.Next(4) == 0 ? r.Next(0, 60) : 0,
            RecentPeakRequired: r.Next(3) == 0 ? r.Next(0, 400) : 0);
    }

    public int Seed { get; }

    internal FleetOptions Options { get; }

    internal FleetSnapshot Snapshot { get; }

    /// <summary>The generator: a seed, from which the whole case follows.</summary>
    public static Arbitrary<PolicyCase> Arbitrary() => Arb.From(Gen.Choose(0, int.MaxValue - 1).Select(seed => new PolicyCase(seed)));

    public override string ToString() => $"PolicyCase(seed {Seed}, {Snapshot.Servers.Count} servers)";
}
