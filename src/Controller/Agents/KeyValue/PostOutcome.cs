namespace Autoscaler.Controller.Agents.KeyValue;

/// <summary>What became of a post.</summary>
internal enum PostOutcome
{
    /// <summary>The row was stored.</summary>
    Stored,

    /// <summary>The poster already holds the most rows allowed.</summary>
    TooManyKeys,

    /// <summary>The poster's rows would exceed its upload limit.</summary>
    TooManyBytes,

    /// <summary>The session is no longer the poster's current one (a newer stream replaced it).</summary>
    StaleSession,
}
