namespace Autoscaler.RackspaceApi.Events;

/// <summary>Maps HTTP statuses to <see cref="RackspaceEventType"/> and back to text.</summary>
public static class RackspaceEventTypes
{
    /// <summary>The event type of an HTTP status code.</summary>
    public static RackspaceEventType FromStatus(int statusCode) => statusCode switch
    {
        200 => RackspaceEventType.Success200,
        201 => RackspaceEventType.Success201,
        202 => RackspaceEventType.Success202,
        203 => RackspaceEventType.Success203,
        204 => RackspaceEventType.Success204,
        304 => RackspaceEventType.NotModified304,
        400 => RackspaceEventType.BadRequest400,
        401 => RackspaceEventType.Unauthorized401,
        403 => RackspaceEventType.ResizeNotAllowed403,
        404 => RackspaceEventType.ItemNotFound404,
        405 => RackspaceEventType.BadMethod405,
        409 => RackspaceEventType.BuildInProgress409,
        413 => RackspaceEventType.OverLimit413,
        415 => RackspaceEventType.BadMediaType415,
        500 => RackspaceEventType.CloudServersFault500,
        501 => RackspaceEventType.NotImplemented501,
        503 => RackspaceEventType.ServiceUnavailable503,
        _ => RackspaceEventType.UnknownFailure,
    };

    /// <summary>True for the 2xx outcomes and 304.</summary>
    public static bool IsSuccess(this RackspaceEventType eventType) =>
        eventType is >= RackspaceEventType.Success200 and <= RackspaceEventType.NotModified304;

    /// <summary>The seed's name of an event type (EventTypeToString), e.g. RET_Success_200.</summary>
    public static string ToSeedName(this RackspaceEventType eventType) => eventType switch
    {
        RackspaceEventType.Success200 => "RET_Success_200",
        RackspaceEventType.Success201 => "RET_Success_201",
        RackspaceEventType.Success202 => "RET_Success_202",
        RackspaceEventType.Success203 => "RET_Success_203",
        RackspaceEventType.Success204 => "RET_Success_204",
        RackspaceEventType.NotModified304 => "RET_Not_Modified_304",
        RackspaceEventType.BadRequest400 => "RET_Bad_Request_400",
        RackspaceEventType.Unauthorized401 => "RET_Unauthorized_401",
        RackspaceEventType.ResizeNotAllowed403 => "RET_Resize_Not_Allowed_403",
        RackspaceEventType.ItemNotFound404 => "RET_Item_Not_Found_404",
        RackspaceEventType.BadMethod405 => "RET_Bad_Method_405",
        RackspaceEventType.BuildInProgress409 => "RET_Build_In_Progress_409",
        RackspaceEventType.OverLimit413 => "RET_Over_Limit_413",
        RackspaceEventType.BadMediaType415 => "RET_Bad_Media_Type_415",
        RackspaceEventType.CloudServersFault500 => "RET_Cloud_Servers_Fault_500",
        RackspaceEventType.NotImplemented501 => "RET_Not_Implemented_501",
        RackspaceEventType.ServiceUnavailable503 => "RET_Service_Unavailable_503",
        RackspaceEventType.UnknownFailure => "RET_Unknown_Failure",
        RackspaceEventType.ConnectionClosedWithoutResponse => "RET_Connection_Closed_Without_Reponse",
        _ => eventType.ToString(),
    };
}
