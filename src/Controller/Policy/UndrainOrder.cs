namespace Autoscaler.Controller.Policy;

/// <summary>The order in which draining servers are taken back when demand returns: fullest first, then by id.</summary>
/// <remarks>The fullest first because its players stay where they are; ids are unique in a snapshot, so the order is total.</remarks>
internal readonly record struct UndrainOrder(int Players, string Id) : IComparable<UndrainOrder>
{
    public UndrainOrder(in ServerView server)
        : this(server.Players, server.Id)
    {
    }

    public int CompareTo(UndrainOrder other)
    {
        var byPlayers = other.Players.CompareTo(Players);
        return byPlayers != 0 ? byPlayers : string.CompareOrdinal(Id, other.Id);
    }
}
