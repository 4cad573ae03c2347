using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Players;

namespace Autoscaler.Simulator.Tests.Players;

public class MatchmakerTests
{
    private static SimServer Server(int id, int players, ServerPhase phase = ServerPhase.Ready, int capacity = 10) =>
        new(id, $"s{id}", capacity, 0) { Players = players, Phase = phase };

    [Fact]
    public void Choose_FillFirst_PicksTheFullestServerWithAFreeSlot()
    {
        SimServer[] servers = [Server(1, 3), Server(2, 9), Server(3, 10), Server(4, 5)];

        var chosen = new Matchmaker(MatchmakingMode.FillFirst).Choose(servers);

        Assert.Equal(2, chosen?.Id);
    }

    [Fact]
    public void Choose_Spread_PicksTheEmptiestServer()
    {
        SimServer[] servers = [Server(1, 3), Server(2, 9), Server(3, 0), Server(4, 5)];

        var chosen = new Matchmaker(MatchmakingMode.Spread).Choose(servers);

        Assert.Equal(3, chosen?.Id);
    }

    [Fact]
    public void Choose_SkipsDrainingBootingRebootingAndFullServers()
    {
        SimServer[] servers =
        [
            Server(1, 9, ServerPhase.Draining), Server(2, 0, ServerPhase.Booting), Server(3, 0, ServerPhase.Rebooting),
            Server(4, 10), Server(5, 2),
        ];

        var chosen = new Matchmaker(MatchmakingMode.FillFirst).Choose(servers);

        Assert.Equal(5, chosen?.Id);
    }

    [Fact]
    public void Choose_NoFreeSlot_ReturnsNull()
    {
        SimServer[] servers = [Server(1, 10), Server(2, 4, ServerPhase.Draining)];

        Assert.Null(new Matchmaker(MatchmakingMode.FillFirst).Choose(servers));
        Assert.Null(new Matchmaker(MatchmakingMode.Spread).Choose([]));
    }

    [Fact]
    public void Choose_Tie_GoesToTheOldestServer()
    {
        SimServer[] servers = [Server(7, 4), Server(8, 4)];

        Assert.Equal(7, new Matchmaker(MatchmakingMode.FillFirst).Choose(servers)?.Id);
        Assert.Equal(7, new Matchmaker(MatchmakingMode.Spread).Choose(servers)?.Id);
    }
}
