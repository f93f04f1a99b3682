#!/usr/bin/env python3
# Not run by the build: the .xlsx files it wrote are committed (RealRosterCorpusTest reads them).
"""Writes rosters with programs other than the SDK (openpyxl, XlsxWriter), laid out as party offices
keep them: the test corpus must hold files its reader was not written around. Run: python3 foreign-rosters.py DIR (pip install openpyxl xlsxwriter)"""
import datetime, random, sys
import openpyxl, xlsxwriter

out = sys.argv[1]
random.seed(20240630)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

def id_number(birth, male):
    body = "320106" + birth.strftime("%Y%m%d") + "%02d" % random.randint(10, 99)
    body += str(random.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周丽", "吴强", "徐婷", "孙浩"]
people = []
for i, name in enumerate(NAMES):
    male = i % 2 == 0
    birth = datetime.date(1962 + i * 3, 1 + i % 12, 3 + i)
    admitted = datetime.date(1990 + i * 2, 7, 1)
    full = admitted.replace(year=admitted.year + 1)
    people.append(dict(name=name, male=male, birth=birth, id=id_number(birth, male),
                       admitted=admitted, full=full, phone="139%08d" % (51234000 + i)))
people[10]["admitted"] = datetime.date(2023, 9, 15)   # probationary: no date of full membership
people[10]["full"] = None
people[11]["admitted"] = None                          # neither date: stage unknown
people[11]["full"] = None

# f01: openpyxl, merged title and unit line, Excel dates with Chinese number formats, footer
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "党员名册"
ws.merge_cells("A1:L1"); ws["A1"] = "中共南京某某科技有限公司支部委员会党员花名册"
ws.merge_cells("A2:L2"); ws["A2"] = "填报单位（盖章）：南京某某科技有限公司党支部      填报日期：2024年1月31日"
ws.append(["序号", "姓名", "性别", "民族", "出生年月", "身份证号", "学历", "入党时间", "转正时间", "所在党支部", "联系电话", "备注"])
for i, p in enumerate(people):
    ws.append([i + 1, p["name"], "男" if p["male"] else "女", "汉族", p["birth"].strftime("%Y.%m"), p["id"],
               "大学本科", p["admitted"], p["full"], "第一党支部", p["phone"], ""])
    ws.cell(ws.max_row, 8).number_format = "yyyy\"年\"m\"月\"d\"日\""
    ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
ws.append([])
ws.append(["合计：12人"])
ws.append(["填表人：李四", None, None, None, "审核人：王五", None, None, "联系电话：025-84561234"])
wb.save(f"{out}/f01-openpyxl-no-stage.xlsx")

# f02: XlsxWriter, header in row 1, other column order, dates written as text, shared strings off
wb = xlsxwriter.Workbook(f"{out}/f02-xlsxwriter-no-stage.xlsx", {"strings_to_numbers": False})
ws = wb.add_worksheet("Sheet1")
header = ["姓名", "公民身份号码", "性别", "出生日期", "入党日期", "转正日期", "文化程度", "手机号码", "党支部"]
for c, h in enumerate(header):
    ws.write_string(0, c, h)
for r, p in enumerate(people, start=1):
    ws.write_string(r, 0, p["name"])
    ws.write_string(r, 1, p["id"])
    ws.write_string(r, 2, "男" if p["male"] else "女")
    ws.write_string(r, 3, f"{p['birth'].year}年{p['birth'].month}月{p['birth'].day}日")
    ws.write_string(r, 4, p["admitted"].strftime("%Y/%m/%d") if p["admitted"] else "")
    ws.write_string(r, 5, p["full"].strftime("%Y/%m/%d") if p["full"] else "")
    ws.write_string(r, 6, "本科")
    ws.write_string(r, 7, p["phone"])
    ws.write_string(r, 8, "第一党支部")
wb.close()
