namespace Autoscaler.RackspaceApi.Events;

/// <summary>The outcome class of one operation, as the seed's RackspaceEventType reported it (plus 304, 405 and 501).</summary>
public enum RackspaceEventType
{
    /// <summary>200 OK.</summary>
    Success200,

    /// <summary>201 Created.</summary>
    Success201,

    /// <summary>202 Accepted.</summary>
    Success202,

    /// <summary>203 Non-Authoritative Information (a cached response).</summary>
    Success203,

    /// <summary>204 No Content.</summary>
    Success204,

    /// <summary>304 Not Modified (nothing changed since changes-since).</summary>
    NotModified304,

    /// <summary>400 badRequest.</summary>
    BadRequest400,

    /// <summary>401 unauthorized.</summary>
    Unauthorized401,

    /// <summary>403 resizeNotAllowed.</summary>
    ResizeNotAllowed403,

    /// <summary>404 itemNotFound.</summary>
    ItemNotFound404,

    /// <summary>405 badMethod.</summary>
    BadMethod405,

    /// <summary>409 buildInProgress or backupOrResizeInProgress.</summary>
    BuildInProgress409,

    /// <summary>413 overLimit.</summary>
    OverLimit413,

    /// <summary>415 badMediaType.</summary>
    BadMediaType415,

    /// <summary>500 cloudServersFault.</summary>
    CloudServersFault500,

    /// <summary>501 notImplemented.</summary>
    NotImplemented501,

    /// <summary>503 serviceUnavailable or serverCapacityUnavailable.</summary>
    ServiceUnavailable503,

    /// <summary>Any other HTTP status.</summary>
    UnknownFailure,

    /// <summary>No response: the connection failed, was closed, or timed out.</summary>
    ConnectionClosedWithoutResponse,
}
