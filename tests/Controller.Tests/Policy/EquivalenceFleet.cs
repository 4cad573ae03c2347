using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Tests.Policy;

/// <summary>
/// A random fleet built to reach the policy's ordering corners: from one seed, up to a few hundred servers in shuffled
/// order with ids that sort differently ordinally than numerically, ties on players and on empty-since (so the id breaks
/// them), mixed capacities (so some drain candidates are skipped), fleets above their maximum, long drain allowances,
/// hourly billing, operator drains, uncertain creates and silent or broken servers.
/// </summary>
internal sealed class EquivalenceFleet
{
    private static readonly ServerState[] States =
        [ServerState.Requested, ServerState.Building, ServerState.Booting, ServerState.Ready, ServerState.Ready, ServerState.Ready,
         ServerState.Ready, ServerState.Ready, ServerState.Draining, ServerState.Draining, ServerState.Lost, ServerState.Rebooting,
         ServerState.Deleting, ServerState.Deleted];

    private static readonly string[] IdPrefixes = ["as-game-", "AS-", "b", "", "as-game-0", "Z", "a-", "a_"];

    public EquivalenceFleet(int seed)
    {
        Seed = seed;
        var r = new Random(seed);
        var now = PolicyFixture.Now;
        var count = r.Next(4) switch
        {
            0 => r.Next(0, 8),
            1 or 2 => r.Next(8, 80),
            _ => r.Next(80, 400),
        };
        var slots = r.Next(1, 33);
        var load = r.NextDouble() * 1.2;
        var min = r.Next(3) == 0 ? r.Next(0, count + 2) : r.Next(0, 4);
        Options = PolicyFixture.Options(o =>
        {
            o.SlotsPerServer = slots;
            o.MinServers = min;
            o.MaxServers = Math.Max(1, r.Next(4) == 0 ? r.Next(0, count + 1) : count + r.Next(0, 30));
            o.MinFreeSlots = r.Next(0, 3 * slots);
            o.FreeSlotsPercent = r.Next(3) == 0 ? 0 : r.Next(0, 50);
            o.ScaleUpUtilisation = r.Next(2) == 0 ? 1 : 0.5 + (r.NextDouble() * 0.5);
            o.LeadTimeProvisioning = r.Next(2) == 0;
            o.ExpectedBootTime = TimeSpan.FromSeconds(r.Next(10, 300));
            o.ScaleUpCooldown = r.Next(3) == 0 ? TimeSpan.FromSeconds(r.Next(0, 120)) : TimeSpan.Zero;
            o.ScaleDownCooldown = r.Next(2) == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(r.Next(0, 600));
            o.MaxCreatesPerTick = r.Next(1, 30);
            o.MaxInFlight = r.Next(1, 60);
            o.MaxDrainsPerTick = r.Next(4) == 0 ? r.Next(0, count + 1) : r.Next(0, 5);
            o.EmptyGracePeriod = TimeSpan.FromSeconds(r.Next(0, 300));
            o.DrainSettle = TimeSpan.FromSeconds(r.Next(0, 30));
            o.BillingGranularity = r.Next(3) == 0 ? TimeSpan.FromHours(1) : TimeSpan.Zero;
            o.BillingDeleteWindow = TimeSpan.FromMinutes(r.Next(1, 30));
            o.HeartbeatTimeout = TimeSpan.FromSeconds(r.Next(5, 31));
            o.BootTimeout = TimeSpan.FromSeconds(r.Next(60, 600));
            o.BuildTimeout = TimeSpan.FromSeconds(r.Next(120, 1200));
            o.RebootsBeforeReplace = r.Next(0, 4);
            o.DryRun = r.Next(10) == 0;
        });

        // A few distinct moments, so many servers share an empty-since (or a creation time) and the id decides.
        var moments = Enumerable.Range(0, r.Next(1, 6)).Select(_ => now - TimeSpan.FromSeconds(r.Next(0, 7200))).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var servers = new List<ServerView>(count);
        for (var i = 0; i < count; i++)
        {
            var state = States[r.Next(States.Length)];
            var capacity = r.Next(3) == 0 ? r.Next(1, (2 * slots) + 1) : slots;
            var players = state is ServerState.Ready or ServerState.Draining or ServerState.Lost or ServerState.Rebooting
                ? Math.Min(capacity, r.Next(0, (int)(capacity * load) + 1))
                : 0;
            if (r.Next(4) == 0)
            {
                players = 0;
            }

            var createdAt = r.Next(2) == 0 ? moments[r.Next(moments.Length)] : now - TimeSpan.FromSeconds(r.Next(0, 7200));
            var stateSince = createdAt + TimeSpan.FromSeconds(r.Next(0, (int)(now - createdAt).TotalSeconds + 1));
            DateTimeOffset? lastSeen = r.Next(8) == 0 ? null : now - TimeSpan.FromSeconds(r.Next(0, r.Next(10) == 0 ? 60 : 10));
            DateTimeOffset? emptySince = (players == 0 && r.Next(8) != 0) || r.Next(20) == 0
                ? (r.Next(2) == 0 ? moments[r.Next(moments.Length)] : now - TimeSpan.FromSeconds(r.Next(0, 900)))
                : null;
            string? cloudStatus = r.Next(25) == 0 ? "ERROR" : state == ServerState.Building ? "BUILD" : r.Next(10) == 0 ? null : "ACTIVE";
            servers.Add(new ServerView(UniqueId(r, ids), state, players, capacity, createdAt, stateSince, lastSeen, emptySince,
                r.Next(0, 4), cloudStatus, state == ServerState.Requested && r.Next(4) == 0, state == ServerState.Draining && r.Next(4) == 0));
        }

        Snapshot = new FleetSnapshot("f", servers,
            JoinRatePerSecond: r.Next(3) == 0 ? 0 : (r.NextDouble() * 6) - 2,
            ObservedBootTime: r.Next(2) == 0 ? TimeSpan.FromSeconds(r.Next(5, 300)) : null,
            LastScaleUpAt: r.Next(2) == 0 ? now - TimeSpan.FromSeconds(r.Next(0, 900)) : null,
            LastScaleDownAt: r.Next(2) == 0 ? now - TimeSpan.FromSeconds(r.Next(0, 900)) : null,
            CreateBackoffUntil: r.Next(6) == 0 ? now + TimeSpan.FromSeconds(r.Next(-60, 60)) : null,
            ManualFloor: r.Next(5) == 0 ? r.Next(0, Options.MaxServers + 2) : null,
            Paused: r.Next(30) == 0,
            WaitingPlayers: r.Next(4) == 0 ? r.Next(0, 4 * slots) : 0,
            RecentPeakRequired: r.Next(3) == 0 ? r.Next(0, Math.Max(1, count * slots)) : 0);
    }

    public int Seed { get; }

    public FleetOptions Options { get; }

    public FleetSnapshot Snapshot { get; }

    public override string ToString() => $"EquivalenceFleet(seed {Seed}, {Snapshot.Servers.Count} servers)";

    private static string UniqueId(Random r, HashSet<string> taken)
    {
        while (true)
        {
            // Unpadded numbers ("b10" < "b9" ordinally), mixed case ("AS-" < "Z" < "a-" ordinally, not ignoring case) and
            // punctuation (which culture-aware comparison weighs differently) test that the tie-break is ordinal.
            var id = IdPrefixes[r.Next(IdPrefixes.Length)] + r.Next(0, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(id))
            {
                return id;
            }
        }
    }
}
