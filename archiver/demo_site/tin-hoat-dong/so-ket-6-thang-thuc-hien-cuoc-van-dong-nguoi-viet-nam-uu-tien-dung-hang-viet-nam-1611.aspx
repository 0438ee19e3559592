<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Sơ kết 6 tháng thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”
</title><link rel="canonical" href="/tin-hoat-dong/so-ket-6-thang-thuc-hien-cuoc-van-dong-nguoi-viet-nam-uu-tien-dung-hang-viet-nam-1611.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass4D5195531494445DAF45305DB10CDB08 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="so-ket-6-thang-thuc-hien-cuoc-van-dong-nguoi-viet-nam-uu-tien-dung-hang-viet-nam-1611.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x1698737D0F42E45DDC9F41E208D69A7FB08F0F35B6AE095E94E9A00E47E02819442D76BE794ABC96022CF0EFFA7C2F545D4637965092C73D047D317A65676B53,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEse8UTe/rkGcbX18St1u/eCuXxuG1lFn3kTh716R6rOrXRxptXRQoruZ8sIpT1v/P3oeQl/aTi9d94n0eY7O70zsrvMzOUFkZnQivyIAKoMJJXTlap/adP7YwSfOq95qvtlpvBJrSxDLG3hD5hHQLOcdO0pbwMZKS2JpBPhfPGGCe3j0L1Pt2bIxg0tEon2R8+EyxYGC3rmLLQG9kV4fm6ejRooosyARqskD+T5tgTnfQtKwe6r7ioqnDq7M7n/9MsADp9G2HZPDvKUj7vZ3j51PI1os3vzWpVOTkopFb8AYRgAx9lCAsZtbDY7D1z+rAg5DYIarDtAb/R61PPDQD87fk3ZCyTrrWimqIVfrYnuiiXiA6Koxjwyu2maInDU52gLZEwNM8CT0wppYGWR7uipiSCLuKfuhExMUVuJjylK6IOGcp4Tn6Z95a+bvSxX+YmlRLlaw2F7OCSsqBEUuG4Q4R/bbHhDvLdL6M2jYwsB9qRN0lpLdMKAQGTWlfG1VjuVKZbdyua25X5Q+JSzOyZ/Ki/NlhXXIEd6ey6WwJd0fwqD+PGMQTdgefuvoup9zmbeQoOFtISyu8lWtSmvdSmgd07lLK+DaxELlwr5t6C3me1Um8xZPh+xxBGGqEohqi6Cbr02bHLRScViwRv6CsJLyGw8bkxD4cPAtsgKuK50rj5H3oM9jmm5PKVgr1M2mLhbxJCq/v0ZrzT6WtRZD57r6OQaG9prEyZ3jpw2ZiWTh+Hz/f5AndWWVwWZMVG1dti7u+cjW9uutV78nsa3UCKgcDZ4Le09zgq+mnq0nQ+XUYonPcAnyukYuKSfMmy3sZ28IRY0oL1kXOOnDg0SREeLUbpouGZxmCdmCJ0KtH1Kn7/nm5ozE8NYL9ukFeR1xQIN4R1fiaYWMt7/dOK42uPWe6EucqsniCTnuKX+ijhI0QTT7hrk7RGeGT52YhH9wM9Bu4pH1gWrAoAvr4zsXNj8CGxYSQji/T5fSBEfEFKG49GTcVKl99iJ02bsJRX1dUTsGqGzjAXgZBl0iDAUJlUhGEVA2fYVXm32X6kjLw326EICbhs8Z/nbjZYjjGOzUms35Q2eeqy+8RHmSWhKXnn6Kk8ecCT1sZD4e6+MZKhvzDxDshAn3yAV236kKtDDEmuaKiLa5cXkyYpzOoL6C/pWmCtz7rbqUaxU97Re0eCbbpAoHv/Z0DesG5B+OZxc00BsWrqrnPQUuuQ2SKm/0BsJ9otvt7W1Qe7DMtEwaKYcVp8ZpyES2x48Qpsov7ThafoX4PrK2h8IZ52zg2TfBZbpcsRpnHSf9dFcLuJIopl5CHBal+U0Cah0VrPRbjjIaZ/KP7iAOeQFLzD+GqrOdiim4O4HERZwPp0DyBhbSalXZ4F9PdBA1rjGu0VnTXB/7D79jNkh0Jjoc0sJ56HmEnkTrNPy1n0SvwSDodtS469IzkSlpATq4jTPsqBCS2r/wsjw+iyknXmxk+HTFURt2Ct0oPppHubyXkVHKtZeC9+CSqzPSntkB3swYLAM53ZlvIbpxqbez+GdNkhJhV97VZKvdI3nor5mgbe87ApsQNzvCJutvUGyRp5ihSYv6bpF6gU0MkgJzvAdnzEPwvw1cEhUOwT/hqglvc+1Fh+AAvRewyve5EKFvi9AND4vnEvTYrCIVTIg0xMmOqGJgPii+AG6zv20tMeOVUVFwVu5C8+bkpb7ZaLFdXfuFHkSOLOJVs7hAFijqDfO8UdxXKnicL8c73QmsCURpH/EP9+g6rki9vzSDptgvTGCImmB7CuNCPweyGlAsZoV9MT66Hd2CUA9cI+VPglAeI2YfrtenuSA4cy7nF3HtM4f1yvt/b/ibDSANXdCpW7FniQEVoee3EuFOv/FeJNzmSPuYBrrxYbIDuFGDtxEJGlK3ci9Zh45A0yJ2GeWPub2K2zjYG74wSdqMoNaStN3HMW+Jw6l49rQtC8O1fObUZpMeqwtftP9ZbjfxtfxDhtZYTiKnGGGWrtHrUA6fK4s55RQlU4h/aUivuPhvXNNh3RriAG2PN+K2n5HDMHKOxOIaYStjvGl66kMP1MB7xoLtJKUFEek77SveCT0bKmFdhB9/x/ZGXoBDuU1hJWg6qF+mg0/ojcOHjWLTDsOQFDzK1pKHY6NvfBOTx6Y/3Aqqq+ljvb7Nlwn+n2aaiNhf8sDgT87A513ylepeKxp+oEyrHzF2eSedjqdI3wWvfE7qodp25Ed47cn0czNce+TI+gfKTQdaQrPHA6Yxrj+gj55zjgX2RC7D+nSFUZ7gthnwwEm0WuO7Mz8/ebJAkrz/Av2hE5oPR2Z2Tj5GORZV7PDlRynV4mTDRXenOs1fshDeKPaqJe9K9jv+zGV+hIGMOVvklqPBDBf9Z6eeUZTRju9sYLw7LtxnzCC3d7qkOBvf9BgANz8PZRP25eECutqs/uf1hnj2yFpkpXf3KVce5XHx4iZAimjlih5m27GIpDYW7hzJUgl/Tk1tDv2md9ixGwTrmdG7+IJyX6CrOYeSgOfnAqk3gYCvXW05Cyt62Z32ZD5gDOXinLYubXevw1XlMnEjHsvjdbW76EZhEsG5rmTNjyQ1Mqd2ylcjucmMgEdaBqw7ILzQi5Dq4fO/wNIoiuaIWq8ZNN5La7BDzdpYF88lntD/RIFzfMSHSFQVrTdt9VMr5pm22pHymz1mlaMQnpMVrYYbpZLR+UMhy0M7KgSi6CWTSPaCHSWjsxV9qyi+PXB0+Gx8AwIenvLqSZs2jskcX2nkFO9JuU268pWIWWRnmwKw42+wm4/WeR9hlMvTZUq+dkHUtsftP2li2wrTkl/14+6ZFBkClLUJasPu4tg1gD1X1OsJDJInKg5XFXl86WOIZFH9pZbqDk8fEkcg6RpBZ+FzqREyCgsTpLvYxNtOh8uo8gKhd0ebn4EL/+2mr23MetQ3TJrlUigijysgdBdkXM0bGyxcyiU8tj8Mb9oSWUdtQAi63GawHwHgkbgzj1Yvf9K4NrhhG/YXqKNdqPEs/SP7XNQaSQa2WJaCXwOwDyh10xhjTgZTelmXHc8BuG8qkwVAH91pOKbC1TYVBoMMqVAx2QY240TG0MP9yf1DY2csAeYHUSfqMQMN00MGhbHTFrnIpHwOwFOqPi9TaeMxh6rV7vrpJx3vBKwFnv7njUQQNNqU/cZiAlSxru9xnKQkKYKpgke3kK36YQFLTSfEBn08AG4jkFgSUFH90RyisxiJGGpGtQtb+mSqy5BswtrFZ1GxuDIWFAcKnIuLrzjRIgosl4q9eqxiDOGw7IZqlkWweipozDc2PwDotG02k72OrtCWi3BTiRnF+KP0IhwtCZh0RqaXGTgjaHn7FW+NypuF2uaG2zQKb8j5NrJ5WryZ87ewwX2ys3RIkdgOCcT/eGqXxBPwLHvGycrwymdIW2ky2L1+DDS1sULd6NHm3UZGDyg9ICXOPGKOJVi2lgP4lZB/dVUYnlP6umbMbiJ+V2QH4ZfiTVzdj63LHNvmBsHsscsXkL4fZhqfSHiKRmydrR3kNRZkKD6CFvDV3A4kUqAAtNQoXgiMMXsei7nuUwJ5OkdXJkL4e098AlSDLkJnvwKpKloJ9xuaZWLjelCtuHgGXK/AH5IfZPYtDVx7H0mRW35mJ4H9EzgFwYxBLdIlTJvdRYwNXNiUgoKgdKOf3P/nX9e6XnoXieEAk0vEnP6aFEk5aSojHm8Z0eMkIpQNtjViCpj/mVUxPUhi6fNEuqa6jE2aVgF6cemYKdingQBFD4eWLj2fRJBCQklDEr5sc+3W+y6wn0JhlOu/D1OBMPlpfCRhP6EYVm8RmHvs4fpVySS5La+UGNor+76yu9QQXg3mysZnRz2PPO02xeHiL1XEx6nKKWs3X5++Ffe51fzW3tByaLZ2sWi8Mdp6q2FaBUSLbQqDF8YMB2mIqyuRhwAhQhRmKXyC5E5Qeb1yApa9hp8bzxrwl8EG6BBLab+Bn0huZjuKtck7ko+/i9x/ZtfAZDtYqXUB+6EBGrCLQ8aFxseNnoL6ywQG4p2BhLRycmVeN2FVtSQrduvCG7HJhY+SNT6bo+IZv11pblHSFc+Ka9MqKTpUqVkc88VkL6785DPVCTNijxDSTxSfg9ti5onUj2uxnMJg6eD6LEb7wsC6SvrPOp3tTZ5KXvbO0Z0vk+3wJZHnNll1CIdrOQvhkR3VT7KFG9+DOcz6T3w1TnGfzb7HLJ3HJsSpAxVEKHhKE5l+v3iMBMf4KIGNuA07lnu2Uun9rzvHphlINr0Sw4fhTzosEbHbJUsLpDXcTDXTDOOO3qu5bWa/2nmbvbsLsqrND4sbj1KCJsuN3t/xJn2FPxEhkKP5oS8k3Lv/SW0ngt4mG/jdWqb+Zv/vXLtNurxawRnlm3W1HvTjwuTRHThyQu5QsqsZEzv0kIgAcgR2bOQ3LdwNWRSYhvvDHrJ2hv/d+AUxue1qqAcYKIvG49ykB36Fzg+LrTzDfk5AJBy9crj+UfxTMq3aw5+GwFdVq92zTX3iz+/suec33VpWaIELv7bdNelf4AlUr4otXXD/bqwWtxqmoZ/oda+sh6FDiyT8eqtT41u1XZsvZqr6+tFUlTFPN9F7VcMI4SoZJTvr64Zka9FMN2/bBuddCDy4yu/LgWp5Ympyo5DejwVQl3sEW1vP5tXfK1+3Hf32HPMI07ByOUsDmiaSa3GClJGfn57Fugk4fppwbJp33/Oo5ndAAdBfm6Umb+OiOuEzUsUFiH1RMaUcv8kDv4xT7zv4uPNZLzUQGinKN0WW8eZbG1pIweOx4ZkoH6Td0Jw/cmEqCJG4En/cXBmXcBpUCJeqa4rHUtpJVI7WbBzCaeluCMr1LvJlTfzYiP3EtIOIyJxrfADfyK8EcebeWR3HIy8UZQWweUnO0swq3Qd54atvP/s2dgJsif6Hk9CqitSl14+Y+dCBi/Ikp2YJYAb5UXo/1+v5MFY5dRLi2hmMbD6lL+Jowep/B79KbmbN2GnpqAwxnBdZb6Mgj/YYorvNN3JKTJCE/ipKrx+xcBT6133DZ0lMKxz671YMJn9DuzJBbwz0F1+pQ9Gou9nx9LjCG3Y4RrOkTMRtmjXk5knpehsAfxeHNzVDU92cb5O61fFhXY4K3LUjbp6XDpUZ+qdYmrVBXhVpLzkUqcz4nGylU5JU8wb9zYk63UxMY8c9e76BsqZKU4WVv9Lo2WVDmMsK1HVZeYz1wcXvlvIBGMOZJ6Fyy9sM5m1N/E2R4qJaZB43fydAohUahYGfGRW+XpbzVviaAOQQ/4kRoMySgqRHOOZ1qZQoJUCEKHV2Y+J/l+Zw91LExp3kMaSs1bSucwVuLzvqC0LPnQtHj7O8xKhCcVSkl4kkH+OR3GC+Bej4a/YJJvtq6dDmlDSCgyc13mLHznWtBOSkzf++fp9x4OOzl+UcqB03dGTp22q6upkh4dR4tQgoIyeexyeDzSB3huBR2h0wCqOH26Caub9nhY7BWHQ1BRK/As1FOELWbOR0bYoCwlZC/zH6HoN1P5ZWKSMCvg0n67RovFywg0ZQFjOSQFD3VvxqaJYHBFmX6/68kRjxvJfgCVf5cTljOf+nRUIoisWfjh1U/NJ5I9wO6zwJQa2k3biJG4mLym+Fncm4G4NyN1g4Cv3A2og8ZOR2RMR5oxnztLd2m1mOLUNj/BMUUrfAMsUJDNC+nG47YNrl0xoj4LLQD32H99TA1Bs4kbussceoi1cCPgGcbeCdJZrqHvU+Y57WfxliZ8b0mLN4dYXgPC340dHXZ1Kk3xxV/zGnTe3ahd6yNOMqBLn7JGAkd22lLeDM3tKXeHEr/ui32/MskpZzKco30M1JiXKsjXdFe8P0owJROHj0PO5idO0Tb5LgApI0abKWPMsPQoxidAkQPJFu97NaW4glw50ezGgwxYOb4fR3sur/mrM6whQAKJMzI7ec+9LxrW6l75EQaAs2lwwiqeAaqBiNEIisCiTachb97sZUfKCkTDe48KBfsRGg94J+VB/M/3+xTiGOSxcH16opy2QnMNXgFaVZ9RvzdvESeqCk8VXU4Me8m9+hO5aWSN+oeiDcqVqXN3XtMEmxeaXbuc81xs6g9OvYaRxKHwYQotjXdQH9i575LRI4YEBH4wA==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{19f27d2d-3b34-409a-95b4-d54be87e485c}",pageItemId:730, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_0c857da3_9b25_4d51_b317_a5b99e134534">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_c9a9ba7a_424d_47fd_b435_d7b30cd3243c">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">28</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">279</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.629.896</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Sơ kết 6 tháng thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_bf19d5c9_cf92_41c9_b5a1_91d5bdac9382">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Sơ kết 6 tháng thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”</h2>
		<div class="post-content">
<div class="ExternalClass4D5195531494445DAF45305DB10CDB08"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh vừa tổ chức hội nghị sơ kết 6 tháng đầu năm.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Sáu tháng qua, các thành viên Ban Chỉ đạo đã phối hợp tổ chức 12 phiên chợ hàng Việt về nông thôn, giới thiệu sản phẩm của các doanh nghiệp, hợp tác xã trong tỉnh.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Hội nghị thống nhất đẩy mạnh quảng bá sản phẩm OCOP của tỉnh, gắn Cuộc vận động với phong trào xây dựng nông thôn mới.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_bf19d5c9_cf92_41c9_b5a1_91d5bdac9382_lblView">87</span></div>
		<div class="post-author" id="ctl00_m_g_bf19d5c9_cf92_41c9_b5a1_91d5bdac9382_lblAuthor">Thanh Bình</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/ket-qua-04-nam-trien-khai-thuc-hien-chi-thi-so-05-cua-bo-chinh-tri-chi-thi-06-cua-ban-thuong-vu-tinh-uy-1517.aspx">Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy</a> <span class="date">(27/05/2020)</span></li>
<li><a href="/tin-hoat-dong/trao-2-000-phan-qua-cho-nguoi-lao-dong-mat-viec-lam-do-dich-covid-19-1509.aspx">Trao 2.000 phần quà cho người lao động mất việc làm do dịch Covid-19</a> <span class="date">(20/05/2020)</span></li>
<li><a href="/tin-hoat-dong/giam-sat-viec-chi-tra-ho-tro-theo-nghi-quyet-42-nq-cp-1498.aspx">Giám sát việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP</a> <span class="date">(06/05/2020)</span></li>
<li><a href="/tin-hoat-dong/keu-goi-toan-dan-chung-tay-phong-chong-dich-covid-19-1476.aspx">Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19</a> <span class="date">(25/03/2020)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-trien-khai-chuong-trinh-phoi-hop-va-thong-nhat-hanh-dong-nam-2020-1462.aspx">Hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020</a> <span class="date">(05/03/2020)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001618-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLKaqiQcAEyQSWidYmWEA7degdSnH4QmaFw0TwnfTvECdLaxMN+pA6UGuWdFX6xj4YOsB4VP4bDwq8sUoKk4EklTlQrH/UXGpIpnvwy5jqbhGbkxC0N/95M/Cp" />
</form>
</body>
</html>
