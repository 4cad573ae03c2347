namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>Thrown by the model and the request readers; the pipeline turns it into the dialect's fault body.</summary>
internal sealed class CloudFaultException(CloudFault fault) : Exception(fault.Message)
{
    public CloudFault Fault { get; } = fault;
}
