namespace Autoscaler.Controller.Core;

/// <summary>Controller-wide settings (<c>Controller</c> section).</summary>
internal sealed class ControllerOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Controller";

    /// <summary>The address new servers' agents connect to (written into their bootstrap file). Default http://127.0.0.1:5000.</summary>
    public string AgentEndpoint { get; set; } = "http://127.0.0.1:5000";

    /// <summary>How often the cloud's server list is reconciled with the database. Default 1 minute.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A requested server the cloud still does not list after this long is given up (its create never landed). Default 2 minutes.</summary>
    public TimeSpan CreateRequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Decisions and finished operations older than this are pruned. Default 14 days.</summary>
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(14);
}
