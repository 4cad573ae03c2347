namespace Autoscaler.Controller.Registry;

/// <summary>Asks for a fleet's policy to run now, out of its timer (a report broke the buffer).</summary>
/// <remarks>Called on the report path: implementations must return at once and coalesce repeated requests.</remarks>
internal interface IPolicyTrigger
{
    void Request(string fleet);
}
