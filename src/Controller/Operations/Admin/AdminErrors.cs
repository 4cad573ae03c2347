using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Autoscaler.Controller.Operations.Admin;

/// <summary>The statuses the admin API fails with, each with a google.rpc detail naming the field or resource.</summary>
internal static class AdminErrors
{
    /// <summary>InvalidArgument with a BadRequest detail naming the field.</summary>
    public static RpcException InvalidArgument(string field, string description)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        return Build(Code.InvalidArgument, $"{field}: {description}", Any.Pack(badRequest));
    }

    /// <summary>NotFound with a ResourceInfo detail naming the missing fleet or server.</summary>
    public static RpcException NotFound(string resourceType, string resourceName)
    {
        var message = $"No {resourceType} named '{resourceName}'.";
        return Build(Code.NotFound, message, Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName, Description = message }));
    }

    /// <summary>FailedPrecondition: the request is well formed but the resource is not in a state that allows it.</summary>
    public static RpcException FailedPrecondition(string subject, string description)
    {
        var failure = new PreconditionFailure();
        failure.Violations.Add(new PreconditionFailure.Types.Violation { Type = "STATE", Subject = subject, Description = description });
        return Build(Code.FailedPrecondition, $"{subject}: {description}", Any.Pack(failure));
    }

    /// <summary>ResourceExhausted with a QuotaFailure detail naming what ran out.</summary>
    public static RpcException ResourceExhausted(string subject, string description)
    {
        var failure = new QuotaFailure();
        failure.Violations.Add(new QuotaFailure.Types.Violation { Subject = subject, Description = description });
        return Build(Code.ResourceExhausted, $"{subject}: {description}", Any.Pack(failure));
    }

    private static RpcException Build(Code code, string message, Any detail)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(detail);
        return status.ToRpcException();
    }
}
