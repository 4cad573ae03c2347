using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>Turns a fault response into its typed exception, by fault name first and HTTP status second.</summary>
internal static class FaultExceptionFactory
{
    public static RackspaceFaultException Create(
        string operation, HttpStatusCode status, RackspaceFault fault, string rawBody, TimeSpan? retryAfter)
    {
        return fault.Name switch
        {
            "badRequest" => new BadRequestException(operation, status, fault, rawBody),
            "unauthorized" => new UnauthorizedException(operation, status, fault, rawBody),
            "itemNotFound" => new ItemNotFoundException(operation, status, fault, rawBody),
            "overLimit" => new OverLimitException(operation, status, fault, rawBody, retryAfter),
            "buildInProgress" => new BuildInProgressException(operation, status, fault, rawBody),
            "backupOrResizeInProgress" => new BackupOrResizeInProgressException(operation, status, fault, rawBody),
            "resizeNotAllowed" => new ResizeNotAllowedException(operation, status, fault, rawBody),
            "serverCapacityUnavailable" => new ServerCapacityUnavailableException(operation, status, fault, rawBody),
            "serviceUnavailable" => new ServiceUnavailableException(operation, status, fault, rawBody),
            "cloudServersFault" or "computeFault" => new CloudServersFaultException(operation, status, fault, rawBody),
            "notImplemented" => new NotImplementedFaultException(operation, status, fault, rawBody),
            "badMediaType" => new BadMediaTypeException(operation, status, fault, rawBody),
            "badMethod" => new BadMethodException(operation, status, fault, rawBody),
            _ => ByStatus(operation, status, fault, rawBody, retryAfter),
        };
    }

    private static RackspaceFaultException ByStatus(
        string operation, HttpStatusCode status, RackspaceFault fault, string rawBody, TimeSpan? retryAfter) => (int)status switch
    {
        400 => new BadRequestException(operation, status, fault, rawBody),
        401 => new UnauthorizedException(operation, status, fault, rawBody),
        403 => new ResizeNotAllowedException(operation, status, fault, rawBody),
        404 => new ItemNotFoundException(operation, status, fault, rawBody),
        405 => new BadMethodException(operation, status, fault, rawBody),
        409 => new BuildInProgressException(operation, status, fault, rawBody),
        413 or 429 => new OverLimitException(operation, status, fault, rawBody, retryAfter),
        415 => new BadMediaTypeException(operation, status, fault, rawBody),
        500 => new CloudServersFaultException(operation, status, fault, rawBody),
        501 => new NotImplementedFaultException(operation, status, fault, rawBody),
        503 => new ServiceUnavailableException(operation, status, fault, rawBody),
        _ => new RackspaceFaultException(operation, status, fault, rawBody),
    };
}
