namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>One page of a server list, with the marker of the next page when there is one.</summary>
/// <param name="Servers">The servers on this page.</param>
/// <param name="NextMarker">Pass as <see cref="V2ServerQuery.Marker"/> to get the next page; null on the last page.</param>
public sealed record V2ServerPage(IReadOnlyList<V2Server> Servers, string? NextMarker);
