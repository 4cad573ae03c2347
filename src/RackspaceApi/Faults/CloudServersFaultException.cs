using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>500 cloudServersFault: the cloud failed internally.</summary>
public sealed class CloudServersFaultException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
