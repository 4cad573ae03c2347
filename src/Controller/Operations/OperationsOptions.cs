namespace Autoscaler.Controller.Operations;

/// <summary>The operations surface (<c>Operations</c>): admin access and the dashboard's live timeline.</summary>
internal sealed class OperationsOptions
{
    public const string SectionName = "Operations";

    /// <summary>The bearer token the admin API and dashboard require when the controller listens on a non-loopback address.</summary>
    /// <remarks>
    /// Default none. Bound to loopback only, no token is asked for; exposed without a token, the controller refuses to
    /// start. At least 16 characters. Never logged or shown.
    /// </remarks>
    public string? AdminToken { get; set; }

    /// <summary>Whether admin requests need the token: null (default) when listening beyond loopback, true always, false never.</summary>
    /// <remarks>Set true behind a reverse proxy on loopback. False while listening beyond loopback is refused at start.</remarks>
    public bool? RequireAdminToken { get; set; }

    /// <summary>How often each fleet is counted for the live chart. Default 2 s (0.5 s to 1 minute).</summary>
    public TimeSpan TimelineInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How much of the live timeline is kept in memory; older history comes from the database. Default 30 minutes.</summary>
    public TimeSpan TimelineLength { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether a token is configured.</summary>
    public bool HasAdminToken => !string.IsNullOrEmpty(AdminToken);
}
