namespace Autoscaler.RackspaceApi.Waiting;

/// <summary>Server status words both dialects share.</summary>
public static class ServerStatuses
{
    /// <summary>Running and ready.</summary>
    public const string Active = "ACTIVE";

    /// <summary>Being built.</summary>
    public const string Build = "BUILD";

    /// <summary>Gone (also what a wait sees when the server is no longer found).</summary>
    public const string Deleted = "DELETED";

    /// <summary>Failed.</summary>
    public const string Error = "ERROR";

    /// <summary>Resized and waiting for confirm or revert.</summary>
    public const string VerifyResize = "VERIFY_RESIZE";
}
