namespace Autoscaler.Controller.Registry;

/// <summary>The answer to a hello: a session, or the reason there is none.</summary>
internal sealed record AgentAdmission(AgentSession? Session, AdmissionFailure Failure, string Message)
{
    public static AgentAdmission Accepted(AgentSession session) => new(session, AdmissionFailure.None, "accepted");

    public static AgentAdmission Rejected(AdmissionFailure failure, string message) => new(null, failure, message);
}

/// <summary>Why a hello was refused; the Cloud service maps each to a gRPC status.</summary>
internal enum AdmissionFailure
{
    None,

    /// <summary>No fleet of that name is configured (NotFound).</summary>
    UnknownFleet,

    /// <summary>The controller never created a server with that id, or it was deleted (NotFound).</summary>
    UnknownServer,

    /// <summary>The server exists but belongs to another fleet (PermissionDenied).</summary>
    WrongFleet,

    /// <summary>The token is not the one minted for that server (Unauthenticated).</summary>
    BadToken,
}
