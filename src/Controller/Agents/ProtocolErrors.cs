using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Autoscaler.Controller.Agents;

/// <summary>Builds the precise statuses the Cloud service fails with (google.rpc details attached).</summary>
internal static class ProtocolErrors
{
    /// <summary>InvalidArgument with a BadRequest detail listing every violation.</summary>
    public static RpcException InvalidArgument(IReadOnlyList<BadRequest.Types.FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations);
        var message = violations.Count == 1
            ? $"{violations[0].Field}: {violations[0].Description}"
            : $"{violations.Count} invalid fields, first {violations[0].Field}: {violations[0].Description}";
        return Build(Code.InvalidArgument, message, Any.Pack(badRequest));
    }

    /// <summary>InvalidArgument naming one field.</summary>
    public static RpcException InvalidArgument(string field, string description) =>
        InvalidArgument([new BadRequest.Types.FieldViolation { Field = field, Description = description }]);

    /// <summary>ResourceExhausted naming the exceeded quota as a QuotaFailure detail.</summary>
    public static RpcException ResourceExhausted(string subject, string description)
    {
        var quota = new QuotaFailure();
        quota.Violations.Add(new QuotaFailure.Types.Violation { Subject = subject, Description = description });
        return Build(Code.ResourceExhausted, $"{subject}: {description}", Any.Pack(quota));
    }

    /// <summary>NotFound naming the missing resource as a ResourceInfo detail.</summary>
    public static RpcException NotFound(string resourceType, string resourceName, string message) =>
        Build(Code.NotFound, message, Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName, Description = message }));

    /// <summary>A status with no details.</summary>
    public static RpcException Plain(Code code, string message) => Build(code, message);

    private static RpcException Build(Code code, string message, params Any[] details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.AddRange(details);
        return status.ToRpcException();
    }
}
