using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Policy;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Controller.Tests.Registry;

public sealed class FleetRegistryTests
{
    private readonly FakeTimeProvider _time = new(PolicyFixture.Now);
    private readonly FleetRegistry _registry;
    private readonly string _token;

    public FleetRegistryTests()
    {
        var catalog = FleetCatalog.Fixed(new Dictionary<string, FleetOptions> { ["f"] = PolicyFixture.Options(), ["g"] = PolicyFixture.Options() });
        _registry = new FleetRegistry(catalog, _time, NullLogger<FleetRegistry>.Instance);
        (_token, var hash) = AgentTokens.Mint();
        _registry.Add(new ServerSlot("as-f-1", "f", hash, _time.GetUtcNow(), 10));
    }

    [Theory]
    [InlineData("as-f-1", "nope", AdmissionFailure.UnknownFleet)]
    [InlineData("as-f-2", "f", AdmissionFailure.UnknownServer)]
    [InlineData("as-f-1", "g", AdmissionFailure.WrongFleet)]
    public void Admit_WrongIdentity_RefusedWithReason(string serverId, string fleet, object failure)
    {
        var admission = _registry.Admit(new AgentIdentity(serverId, fleet, 10, _token, "1"));

        Assert.Null(admission.Session);
        Assert.Equal((AdmissionFailure)failure, admission.Failure);
    }

    [Fact]
    public void Admit_AnotherServersToken_RefusedAsBadToken()
    {
        var (otherToken, otherHash) = AgentTokens.Mint();
        _registry.Add(new ServerSlot("as-f-2", "f", otherHash, _time.GetUtcNow(), 10));

        var admission = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, otherToken, "1"));

        Assert.Equal(AdmissionFailure.BadToken, admission.Failure);
    }

    [Fact]
    public void Admit_OwnToken_ReadyWithSession()
    {
        var admission = _registry.Admit(new AgentIdentity("as-f-1", "f", 12, _token, "1"));

        Assert.Equal(AdmissionFailure.None, admission.Failure);
        _registry.TryGetServer("as-f-1", out var slot);
        Assert.Equal(ServerState.Ready, slot.State);
        Assert.Equal(12, slot.Capacity);
        Assert.Equal(TimeSpan.Zero, _registry.Fleet("f").ObservedBootTime);
    }

    [Fact]
    public void ApplyLoad_OlderSequence_Ignored()
    {
        var session = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, _token, "1")).Session!;

        _registry.ApplyLoad(session, Load(5, 2));
        _registry.ApplyLoad(session, Load(3, 1));
        _registry.ApplyLoad(session, Load(4, 2));

        _registry.TryGetServer("as-f-1", out var slot);
        Assert.Equal(5, slot.Players);
        Assert.Equal(5, _registry.Fleet("f").TotalPlayers);
    }

    [Fact]
    public void ApplyLoad_StaleSessionAfterReconnect_Ignored()
    {
        var old = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, _token, "1")).Session!;
        var current = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, _token, "1")).Session!;

        _registry.ApplyLoad(current, Load(2, 1));
        _registry.ApplyLoad(old, Load(9, 5));
        _registry.Disconnected(old);

        _registry.TryGetServer("as-f-1", out var slot);
        Assert.Equal(2, slot.Players);
        Assert.Same(current, slot.Session);
        Assert.False(old.Commands.TryRead(out _));
        Assert.True(old.Commands.Completion.IsCompleted);
    }

    [Fact]
    public void ApplyLoad_SessionOfARemovedServer_LeavesTheServerAddedUnderItsIdAlone()
    {
        var old = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, _token, "1")).Session!;
        _registry.ApplyLoad(old, Load(4, 1));
        _registry.TryGetServer("as-f-1", out var removed);
        _registry.Remove(removed);
        var (token, hash) = AgentTokens.Mint();
        _registry.Add(new ServerSlot("as-f-1", "f", hash, _time.GetUtcNow(), 10));
        var current = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, token, "1")).Session!;
        _time.Advance(TimeSpan.FromSeconds(5));

        _registry.ApplyLoad(old, Load(9, 2));
        _registry.Heartbeat(old);
        _registry.Disconnected(old);

        _registry.TryGetServer("as-f-1", out var slot);
        Assert.Equal(0, slot.Players);
        Assert.Equal(0, _registry.Fleet("f").TotalPlayers);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromSeconds(5), slot.LastSeenAt);
        Assert.Same(current, slot.Session);
    }

    [Fact]
    public void ApplyLoad_EmptyThenPlayers_TracksEmptySince()
    {
        var session = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, _token, "1")).Session!;
        _registry.ApplyLoad(session, Load(0, 1));
        var emptyAt = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromSeconds(30));
        _registry.ApplyLoad(session, Load(0, 2));

        _registry.TryGetServer("as-f-1", out var slot);
        Assert.Equal(emptyAt, slot.EmptySince);
        _registry.ApplyLoad(session, Load(1, 3));
        Assert.Null(slot.EmptySince);
    }

    [Fact]
    public void ApplyLoad_CrossesArmedLevel_FiresTriggerOnceUntilRearmed()
    {
        var trigger = new CountingTrigger();
        _registry.Trigger = trigger;
        var session = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, _token, "1")).Session!;
        _registry.Fleet("f").ArmTrigger(3);

        _registry.ApplyLoad(session, Load(3, 1));
        _registry.ApplyLoad(session, Load(4, 2));
        _registry.ApplyLoad(session, Load(5, 3));
        _registry.Fleet("f").ArmTrigger(5);
        _registry.ApplyLoad(session, Load(6, 4));

        Assert.Equal(["f", "f"], trigger.Requests);
    }

    [Fact]
    public void Heartbeat_UpdatesLastSeen()
    {
        var session = _registry.Admit(new AgentIdentity("as-f-1", "f", 10, _token, "1")).Session!;
        _time.Advance(TimeSpan.FromSeconds(7));

        _registry.Heartbeat(session);

        _registry.TryGetServer("as-f-1", out var slot);
        Assert.Equal(_time.GetUtcNow(), slot.LastSeenAt);
    }

    [Fact]
    public void Matches_TokenAgainstItsHash_TrueOnlyForIt()
    {
        var (token, hash) = AgentTokens.Mint();

        Assert.True(AgentTokens.Matches(token, hash));
        Assert.False(AgentTokens.Matches(token + "x", hash));
    }

    [Fact]
    public void ReportWaitingPlayers_Rise_FiresThePolicyOnceUntilItRuns()
    {
        var trigger = new CountingTrigger();
        _registry.Trigger = trigger;

        _registry.ReportWaitingPlayers("f", "mm", 12);
        _registry.ReportWaitingPlayers("f", "mm", 12);
        var seen = _registry.Fleet("f").Waiting.TakeForPolicy(_time.GetUtcNow(), TimeSpan.FromSeconds(30));
        _registry.ReportWaitingPlayers("f", "mm", 20);

        Assert.Equal(12, seen);
        Assert.Equal(["f", "f"], trigger.Requests);
    }

    [Fact]
    public void Snapshot_WaitingPlayers_CarriedToThePolicy()
    {
        var snapshot = _registry.Snapshot("f", 0, waitingPlayers: 7);

        Assert.Equal(7, snapshot.WaitingPlayers);
    }

    private AgentLoad Load(int players, ulong sequence) =>
        new(players, 10, AgentReportedState.Ready, sequence, _time.GetUtcNow(), new Dictionary<string, double>());

    private sealed class CountingTrigger : IPolicyTrigger
    {
        public List<string> Requests { get; } = [];

        public void Request(string fleet) => Requests.Add(fleet);
    }
}
