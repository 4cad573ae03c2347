namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>Filters and paging of GET /servers and /servers/detail.</summary>
public sealed record V2ServerQuery
{
    /// <summary>Only servers built from this image (id or URL).</summary>
    public string? Image { get; init; }

    /// <summary>Only servers of this flavor (id or URL).</summary>
    public string? Flavor { get; init; }

    /// <summary>Only servers whose name matches (the API treats it as a regular expression).</summary>
    public string? Name { get; init; }

    /// <summary>Only servers in this status.</summary>
    public string? Status { get; init; }

    /// <summary>Only servers changed since this time (deleted ones included).</summary>
    public DateTimeOffset? ChangesSince { get; init; }

    /// <summary>The id of the last server of the previous page.</summary>
    public string? Marker { get; init; }

    /// <summary>Page size.</summary>
    public int? Limit { get; init; }
}
