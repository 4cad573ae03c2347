using Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Agents.KeyValue;

/// <summary>Which rows a Get or Subscribe selects: keys, and optionally a fleet, given servers, free slots.</summary>
internal sealed class RowFilter(IEnumerable<CloudKey> keys, string fleet, IEnumerable<string> serverIds, bool freeSlotsOnly)
{
    private readonly HashSet<string>? _serverIds = serverIds.Any() ? serverIds.ToHashSet(StringComparer.Ordinal) : null;

    public IReadOnlyCollection<RowKey> Keys { get; } = keys.Select(RowKey.From).ToHashSet();

    public bool FreeSlotsOnly { get; } = freeSlotsOnly;

    /// <summary>Whether rows of this poster are selected (key aside).</summary>
    public bool Selects(PosterRecord poster) =>
        (fleet.Length == 0 || string.Equals(fleet, poster.Fleet, StringComparison.Ordinal))
        && (_serverIds is null || _serverIds.Contains(poster.ServerId))
        && (!FreeSlotsOnly || poster.HasFreeSlots);

    public bool Selects(RowKey key, PosterRecord poster) => Keys.Contains(key) && Selects(poster);
}
