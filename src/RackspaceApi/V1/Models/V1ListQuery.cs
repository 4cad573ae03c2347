namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>Paging and change filtering of v1.0 lists.</summary>
/// <param name="Limit">Page size (the API caps it at 1000).</param>
/// <param name="Offset">Items to skip; past the end gives an empty list.</param>
/// <param name="ChangesSince">Only what changed since then (deleted servers included); 304 when nothing did.</param>
public sealed record V1ListQuery(int? Limit = null, int? Offset = null, DateTimeOffset? ChangesSince = null);
