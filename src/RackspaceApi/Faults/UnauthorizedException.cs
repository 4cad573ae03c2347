using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>401 unauthorized: the token was refused even after re-authenticating once.</summary>
public sealed class UnauthorizedException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
