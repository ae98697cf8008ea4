// The issuing office, named once (docs/domain.md §术语表): the public tip page, the documents and the role
// label all read it from here. The plan calls it 区工强办; its full name follows the city's 工业强市建设领导小组办公室.

/** 海曙区工业强区建设领导小组: the leading group whose office coordinates the work. */
export const LEADING_GROUP = "海曙区工业强区建设领导小组";
/** The office's full name (发文机关, the public tip page). */
export const OFFICE_NAME = `${LEADING_GROUP}办公室`;
/** Its short name, as the plan writes it (区工强办牵头). */
export const OFFICE_SHORT = "区工强办";
/** The leading group as the district's own documents name it (送：区工业强区建设领导小组各成员单位). */
export const LEADING_GROUP_SHORT = "区工业强区建设领导小组";
