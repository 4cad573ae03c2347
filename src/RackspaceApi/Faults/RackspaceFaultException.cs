using System.Net;
using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>The cloud answered with a fault; keeps its name, code, message, details and the raw body.</summary>
public class RackspaceFaultException : RackspaceException
{
    /// <summary>Creates the exception from a parsed fault.</summary>
    public RackspaceFaultException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
        : base(Describe(operation, statusCode, fault), RackspaceEventTypes.FromStatus((int)statusCode))
    {
        Operation = operation;
        StatusCode = statusCode;
        Fault = fault;
        RawBody = rawBody;
    }

    /// <summary>The operation that failed, e.g. CreateServer.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The fault as sent.</summary>
    public RackspaceFault Fault { get; }

    /// <summary>The fault's name (badRequest, itemNotFound, ...).</summary>
    public string FaultName => Fault.Name;

    /// <summary>The fault's code.</summary>
    public int Code => Fault.Code;

    /// <summary>The fault's message.</summary>
    public string FaultMessage => Fault.Message;

    /// <summary>The fault's details.</summary>
    public string? Details => Fault.Details;

    /// <summary>The response body as text.</summary>
    public string RawBody { get; }

    private static string Describe(string operation, HttpStatusCode statusCode, RackspaceFault fault)
    {
        var name = fault.Name.Length == 0 ? "an unrecognised fault" : fault.Name;
        var text = $"{operation} failed: the cloud answered {(int)statusCode} with {name}";
        return fault.Message.Length == 0 ? text + "." : $"{text}: {fault.Message}";
    }
}
