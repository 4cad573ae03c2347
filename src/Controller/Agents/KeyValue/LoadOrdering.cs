using Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Agents.KeyValue;

/// <summary>Orders rows by their posters' load (the seed's client-side load balancing); unknown load sorts last.</summary>
internal static class LoadOrdering
{
    public static int Compare(LoadOrder order, PosterRecord a, RowKey aKey, PosterRecord b, RowKey bKey)
    {
        var byLoad = order switch
        {
            LoadOrder.LeastLoaded => CompareLoad(a, b, descending: false),
            LoadOrder.MostLoaded => CompareLoad(a, b, descending: true),
            _ => 0,
        };
        if (byLoad != 0)
        {
            return byLoad;
        }

        var byServer = string.CompareOrdinal(a.ServerId, b.ServerId);
        if (byServer != 0)
        {
            return byServer;
        }

        var byPrimary = string.CompareOrdinal(aKey.Primary, bKey.Primary);
        return byPrimary != 0 ? byPrimary : aKey.Secondary.CompareTo(bKey.Secondary);
    }

    private static int CompareLoad(PosterRecord a, PosterRecord b, bool descending)
    {
        if (a.Utilisation is not { } ua || b.Utilisation is not { } ub)
        {
            // Known load first, whatever the direction.
            return (a.Utilisation is null).CompareTo(b.Utilisation is null);
        }

        var sign = descending ? -1 : 1;
        var byUtilisation = ua.CompareTo(ub);
        return byUtilisation != 0 ? sign * byUtilisation : sign * a.Load!.Players.CompareTo(b.Load!.Players);
    }
}
