namespace Autoscaler.Controller.Policy;

/// <summary>The order in which serving servers are drained: fewest players first, then longest empty, then by id.</summary>
/// <remarks>
/// Empty servers (0 players) therefore come first, longest empty first (a server still reporting players has no
/// empty-since, and null sorts before any moment). Ids are unique in a snapshot, so the order is total and a heap yields
/// exactly the sequence a full sort would.
/// </remarks>
internal readonly record struct DrainOrder(int Players, DateTimeOffset? EmptySince, string Id) : IComparable<DrainOrder>
{
    public DrainOrder(in ServerView server)
        : this(server.Players, server.EmptySince, server.Id)
    {
    }

    public int CompareTo(DrainOrder other)
    {
        var byPlayers = Players.CompareTo(other.Players);
        if (byPlayers != 0)
        {
            return byPlayers;
        }

        var byEmpty = Nullable.Compare(EmptySince, other.EmptySince);
        return byEmpty != 0 ? byEmpty : string.CompareOrdinal(Id, other.Id);
    }
}
