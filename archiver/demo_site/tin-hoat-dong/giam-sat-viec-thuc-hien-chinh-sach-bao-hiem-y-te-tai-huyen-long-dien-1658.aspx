<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Long Điền
</title><link rel="canonical" href="/tin-hoat-dong/giam-sat-viec-thuc-hien-chinh-sach-bao-hiem-y-te-tai-huyen-long-dien-1658.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClassB23FA5D30F7F43D3B35AE5CA89B1C6FE p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="giam-sat-viec-thuc-hien-chinh-sach-bao-hiem-y-te-tai-huyen-long-dien-1658.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x70B809A396EFD767E4CD0FE8ED32B44D8CAE852C297D66380C6DA6C7BED6B0A9AFD275A02F04AE92E36CD3A1B266ACE2436730584404B9B29C1FD3699C746CEA,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEiXMPshVFmAagBBbApGMY2HJS4ZCEXc5Te0qMOrgvgDNEN1IBQqtPE0f61eMxkCxcPLWKjVM2d6EhMnNvTNOoBEBNhN+FO75xwAG0ONwNOuk9B/evGdKgDEBht4o6wKyooswmZUwFKRUNMP11DIISrmwjJrskTr2Y8Igt3H1AlykSvfgvfj9C9DUod7iPe8o2SBVMdaHBCeRPJn5nR0PoYUIsjXHbmQHR+Py30+FB8klGkwK39kyr/+4JQSrMms+CRe0bfnAznkl24He5QnJyef0vMn/RjgsBy+9LNKmDGmmIN2cIyIGDBmpxVLF/LdDAPbWWHTjyASrqYyFWWKQtA+5t7zE9jHE32fhXo/39izj18HNoEFbZo9bBR9wrdxv1m261zX/y6/3z0NlbPSbOMfEtRfdbQMw1Y6YK5wGTVpFVyeD74+jRs0EiYrmzWbdOgBGh1SxdOetuucKglqGaJlV4gNm5qkKT7dOtMuVXr0m6l2Yr4DnaiNKUR59uqkLTArDoMYkDnInkbviAA4UvEXctbIUEW4OxWf1MdaFFiie7jap+MOGLfBYhuYV0/9NgCOqnxW1X/1C51bPLUy483he3XclRFfgRD21o9iHMmjMDCoIuD82lwMScEGIq5HaYkKmaDxG1L/AtF0hcmCm9cZyn3STzApyAH1aRLAJ4yKIocqpz/tY/sCvUVbElImrX9YRPS9UcxZQ1lclVCXnqhw6ZSr6Xot1eyIUVejgNDtPpEdH3nnzsavgS8GaZ7kVjplhSEdbO5b+VJEAXRHHACMCERUNp2p7YW0fijErlrFHfL2tWuo1u+DeoyF0tTy83VlIfUcAyTXFyTC8V0KQRRJLXUhoyyPP51ZxwyN64R9LewBn0hNdyOoIp1eYCh2viT+H2gl+Ezn8fsWSDu270yNgdnr+WdfjZ2UQrbhUSy7I61HMRz5lT28RNj/5aOEu0GzMAkswyCnfYHvO1pBXbCGEcWi86Mxvrr0kZUbmwF9qhzkzghTz9ytPCAhDCfgkvTOJgZ7gCsHo95z5L+B+kPSB8WpXIFKDUJJ5MOMe4ZEMULH4ltdL2wbnS5ylx5WRt4MGf65ii8X8tLINGl/U4aa6qLgNs2uo9FRNXdLlw9BVgTM6SZtHPs9aNjS9ul+TXOXsjHqVm2ySMmjtTiDV3wLK4toGzdKc/YDCDvz1a5uMhXlGvDrXrxXJDQAumr9Li/jyUbc2UjJxXGpSDL3XcaqK8HFPUm30P3BeVPiq7SUaG9UJIYuNNyqHHcN89B/XetB0Mex+gyFlH6TUFg4k3YPs3Xjxc4NH7X4Jt7zy1jDKbMatZ+KhKZgLcTGa2+ADLTYWfCj55I1EpWA50xIU82XhfqEzJjM52GJY3KUT2CHTd1NP5wBBGZnJiCm0OjiZm0fnA8WCj6dOwpAST5SUJM67sz4rHVwOl3K6uAgeoPMivuvNRjuqRdPCBgGWHOLvdMOLDI9eWOF5FEuprVpUNs/kY3tPp1v1Dwq0b7niZHSo1qX3mqK1xjGCsdVoaOnlWUsoGFjWE5IeR+PkjeX8XsYyxzuQCFE+02lWLt28R7KwFl3t7lo8HtkjTFpLu9OzNmeirBHJ/xZiObLrFTDiY9h11Y2zqkZfS1XeQK816xS3fP5tZkZuBAnWnZMmtLzZJJDIF8CA/dijE37Zd/H8IG6Et6RR25FVcNPJVwbHluZVoOnaXpVVIXSQdfq7rRZ8FKkqFCcwkCYN8bcQgthTAagg+2l81u+ZaohoSEL9/Ogz9U5UjnTy3b/jaMs61SsFTsf+gCCZOZ92/h1nAbSavtfU4ohuld6DUz1N4w8lzvF4BgGY4gimDMMex+hMEw6ad8yNdtNduHp9JH0XWrbbGMwy3ykOMRdKpQpkBg7tENfGeeKf4q2ab3A5hf9rPuDhqTrklVw3YtmJQy1WTxA99ANGTpWFcJ7vr+T70N/Dt7AJU5MOsTRfGg6v6+nVS+/Yez5+E/K3QfW9fmn5BCLSPSc/Q7hllfHMekqzSA8C2aptjbK+iNKf3KAKb8G1va5N2wPcTqhQT+yJlyAOiGIxtvrEiScgE4BY4vaG2szt8EAWD2MGOqejg1WzFoV4f5s9wxd5tWBrjLga7k2YXnjRiTKnFciNsk1eimyPxopi3MxrK7GrOl3t4IV3azyTVG09VNRf3TJ8GDHvQle4cPz/B+VOgBB8b09fga6SqZ21e/YpmchYrRf9g5FpDADbPMJSibF+gjBhazuqV1U6ilHRl6tN9HZjbat8L05MtsrC6gYKHEtN+ao/YcX0j04EWAyy15Izjf21mKIdBemwcKqgt54M3qyeQO61apLxzIYfGCUHAZEFQtWCJb4aGeDqrCU5QRFfqQ0I7A8j8rNKiOQYt1D2nSjXDqfcu/D6Jh/DeqHT7ab59z0buMtp+iBjGzDRK8cAnGImAOjcoIDjOACkMswz9GILvyOhwidgTUa/I49s2ICGDIaXbY6Tp1FwjRWGWo/BHLx9hEK8BDRnPYkH9/WGtAUPRsImv2RCk8ECF/bEZh+r1QizFAPsQm4vkaBLnGQDCMeQhetnKF3JAstzbmyD11snz34Buv3vNnzTouh235Bz+tuBdlxQoKkyOIyioiGVxRJ7pBfG+p7BSvSa2LeB06zx5MG5klRlOSoP+4a1hSHdc+KYSS34MRgzCfJDQ/1kFbf3/df814aJhaUMv6TG1Mi6S5V0QaS1qthqTHtAxdaFdsJlxRPr+Ir1O0UrJiMhk3lrG00Itwtt2Gipu55s+v4j2OWB+r36XwWPVlCuRSDGe0tsox5FRQNw52cxSwxJsS1i57/yl8HSwGoA9jQm35dw2NBEBvh/bF8+FlCv8p1iIxyjnDkK6NGgQ0jl7EGKZNMskwezLQHzPtQaWY1AXyW5tjeEqx09gYEFnYgCvkjpBqkr8DxNt7VsW+O1XdcceYQqyRf39jrsUM2QTbcspszexcIeV5C1ycyYr3EPQWvxCeAP3gIirPphjLul9RrvIyjj9XL0jNOCDkNK3haodWNy0lAYYTuamN008d8NvPSSzNzb3BBWEvWCoc96ADGEdfGGhNj+3aYpPPomzXnIF0T83miYnwZCU4ENRnvnFowmtgcjPrD9gOhnLB6cR2xG+bgXkegmQU5xZuF7XqoPzigLJqCvmsEjuzvtaqt+BX3cIF3DlEbRg/sO8HDP5EYSmnT2tYzg9ah2NrFtdaMmcGn7xAmi3+xHGJcsJKtZX3fTp4PZB9GvPm9hf+pi4jM4WxVLc0glkb1SI9MAaqr58f/aYMjDf0cb3IcQGRMSh6jbdk2ZpwIAnzuXzlDYVUGhAOO3aNTtbpsl7SM45bNK2hnsaN6pJHw50Ai9ZIOb/ut3I5zRytA/Jkf2NdsyLmIsXIIhEvxaQ7OnT28B4a718n4piwxhhWA5GkyH1kmWbjnn3LRegHQKlVxPmmiaSoNT6cow7/VyCJYLjA035z70cvrdVuzPIGs7FLtfS6pDzCoCW+ht8LB+26FzmiVn1Hj1THJ+UMib8AzYs+7c91n0tWSP7xvV4egWlmO3xYvHnum3YgIDH6qQWIbI7J/mm2fuTTDZuLvgDbbubK+qxWwdowuvH13EAfb3wgKax6kKhACPBQ06/HlXv1PAdgKFUZpnwnVkCaU6O2SyE+bKXL367Gpr/DP9bhwKcZf8d8vztQu45iFq+ppBlUSMMtS+cLibums47/tFi2vZB0WN7nWg7jAbprsfUqo0bSkFgnxdHvpfF8jwimn5ON9lgtM0jCDPcRnCVGH9WkQPDn/tZKkPTVSqyOC535JQf3hioWrwGSeQtoEI482A/zjCBxwvo/FMBu8KqdQ/KtxdjbZdlUbehLSocnreEqrUzJSDsxDEMV7puszjcpp3YK9x5yscT8aUjcwPgpeefqaosc0hgk3dRq+hxpqwsDTv18Bcqcl8eAUn6DG7glyRpP4G1TFePjzEAw8sKHj1KtpqlvFFciIluVKmogC6tnpQjIbBoODhb6h37Jjff3qoRZ4RK6uBSMzkkUI5Oe9ue95fobG1tNd2d6DmK9ME4HWBBzM76ycoY2I//giy1MK9wLpmhuLiCIZo9lT7TN8y0FaxiPS573tFEY+ig1XH7FTzbLUrEkU0uYyBCT1C97eg/naykmdwol/j7SjDLrQte2VbaQJAbh27FCx7ANSGwiuDfOCygqIicOetWSkK4RSSeQTPDK2fXCx8Of69PKstfIp+ntxJLegWvORnzVjtJGw4ZxO2Iia57JyTLvwTIXQMaKgeMpVOtJR6ABTNsTplBpsu1nu1IJGFqVy/t5uP5/kesJXTKBYqiScBvRFs5N6ALPsW3VT4K72DEOrlAEeDGJJeXW2UbIs/H5AsuuRVM29fawkAVSv5AvN5izm+Bi9V2wZ4dKCh7LVuLSYIGY/b32iABEO0Pdv2p/FrkTXmX22TheA8gOdYlpmkXNVVbClLqiCN+ywkEt4YKGP54MDI/SJxYAcU4O3OAz/6wQISc6g/fF4kKtV5JV484EyJHP8Yuujo9vPAPD1P5Nq1akACD/l871etX+XhS7Yvi1SRy3n8RmwcooRURAEOoTs7jupv96VWuQvJifPme26A+xS2JR2GQ6Hw2u+xNuAtU3lu4atW29KwSo/2PZ3Nyh4pqmlv0TZAg9JVo/e2aZ78MXRRVREHZD3Q2bHB7avKXdJAU9h7X3i8mjUNTN7X7EzA2kiJd7iSnyPSiQbi7CbslrFShh8LW/DnCsS9030sRwsE9l6Ciych0AlNHKS3aP54x6f0S4fi3AWblUGxXEC9etpJCvfaFtM6u9qzpzcyz3x5NUs5fPQXsyDdtE9W2b65sZoY7w3SRh3qmdNEF/Lt2IoCl8fW/O5kdsgrdVlMp1g1Yv/W56nHCMmQAs68xl3WOrtG16Cz2pXZQGuzaI0yslF9L4BhPUEMPTvz+2rNYpAk+kc1VG02oiX7irDrlp9DVmZgVzXHWVEosNOAPfS8MlnXhgRG+hY4eS4p/3CRo2pqrSjHgs8TvSukl9Rx3leIt3lNgRyBpghu3rlRSkAUUVGBqW5RTzWozNVZdNBIUfVfcquSZ0hBKGiZzbb/DjzcLBqJUgu9mKfhMUafb615ltXKwT3BvI3J6x+7VUS1+ETvGJ58Uie83iT0bt7j43VZLSnWDxzkgCi11btCP/T5q/1wPn6reMVjMhGOcYkSO6qyheXG2hh17ugDhKjDaenx4+7w2A9xTbaViFozphV+hpqOmjBiSaf3HsyltYdtTNRoMSJMaLRZoTrZ5SxojfqnmXd67YrkgzTwXPr2YRG8TsPLVEgfQ4n/dKkrYoETirB3P7yYlVJ0zbqR8z+27Rj1GPMKHrZAsAOHfm5VYRWOz6kWJIGNH9UWYqNQIXO+QAiAMcSZkdy7Cj9xOz0c8s8KBZoqBNM54zR26gtXOiZOp3tWHX7LqMUhnhxxSDscG6ZhrmjZ0m197BV2Xdj9Du4f+MI8cwTqZATcnk1EnsbLZqBqJ8/JeOfHgZ5mF1tvwZ63SjCRPAjtIhNciC7UzrCJr+RQiLMZODYXGo2lf5BoNoLhok6e5VBjKwhdtBoYAvEN33QR+5CSKG6MB9CvpMK83pYbns70b7/3EC+hiWIFYgtpk8DmTEXBc8UP9RlxNV0qOx0N80yqpdkm5Y5ckcEFpSv2MBqdA+GZ45w+ezmdl/GeVX28OGQ+USvC1G6fgo//nlzzGwmxGfbDsaLY8suIetRN2gPH9EJ211gugmR2ivarBNhBqM9ZOxXhLlCVAHCxtia0WOV1361hUrdDkyBpeuqe6/+8FEz8YdzINMn0c6Y484UgtkHMvqYGmydn6IvcuvBpmAcj/gs5GeAq8LyiPrr3elt1XzWv9hq1+jc8KR0nTDODbdTBupp4KxTL+HMv3x1toSfshi+lT5/awIPMTuPJFZKeyb8ddS0L9JVLJe1ErmuH6qL1ItQ7YZVDmWDXeM8FBVjXFCYhRerb/IjvaXsbclVswPWVXy9asG3/K8JemkVfG2lSXStfRo9MxzOyIUuMwb27LPcaG3kMdKkO4Qff1qGcDod17qpZqhBbaV9gaK6SOFLwWsFC9Y3m51mBvduKNRepILA4CE8gqE3s6Iw==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{63d0abd3-481d-48a8-bf8e-5ac0d88f0443}",pageItemId:777, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_3ca9fbb2_0e71_4638_91ae_4b21070e1bf6">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_fac91b1e_576a_4956_9c86_3eedb2773150">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">26</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">255</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.064.641</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Long Điền</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_a6ec070b_c27e_4c1b_a602_d6368df0bd22">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_a6ec070b_c27e_4c1b_a602_d6368df0bd22_lblDate">Thứ hai, 21/09/2020, 08:30</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Long Điền</h2>
		<div class="post-content">
<div class="ExternalClassB23FA5D30F7F43D3B35AE5CA89B1C6FE"><div style="text-align: justify;">Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh vừa làm việc với UBND huyện Long Điền về việc thực hiện chính sách bảo hiểm y tế cho người dân.</div>
<div style="text-align: justify;">Đến nay, tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn huyện đạt 88,6%; tuy nhiên, tỷ lệ tham gia theo hộ gia đình còn thấp.</div>
<div style="text-align: justify;">Đoàn giám sát đề nghị huyện tăng cường tuyên truyền, có giải pháp hỗ trợ người cận nghèo tham gia bảo hiểm y tế.</div></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_a6ec070b_c27e_4c1b_a602_d6368df0bd22_lblView">143</span></div>
		<div class="post-author" id="ctl00_m_g_a6ec070b_c27e_4c1b_a602_d6368df0bd22_lblAuthor">Hoàng Lan</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/tuyen-duong-60-guong-dien-hinh-trong-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-1650.aspx">Tuyên dương 60 gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a> <span class="date">(28/08/2020)</span></li>
<li><a href="/tin-hoat-dong/mat-tran-cac-cap-van-dong-ung-ho-phong-chong-dich-covid-19-dot-2-1642.aspx">Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2</a> <span class="date">(05/08/2020)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-huyen-vinh-loi-1633.aspx">Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân huyện Vĩnh Lợi</a> <span class="date">(15/07/2020)</span></li>
<li><a href="/tin-hoat-dong/tap-huan-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-1624.aspx">Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở</a> <span class="date">(24/06/2020)</span></li>
<li><a href="/tin-hoat-dong/so-ket-6-thang-thuc-hien-cuoc-van-dong-nguoi-viet-nam-uu-tien-dung-hang-viet-nam-1611.aspx">Sơ kết 6 tháng thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”</a> <span class="date">()</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001665-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLlMiQ+foZlTP/BGpC0ZB0sidE/TGv0r7SdSs34icYvR03CnuWnZHbJfCT18EgFKe33xrREhtxE3WqT0KvMYZMn4sF3+NSYsDE5byQPriWgc9h5dqITlpTCcbq" />
</form>
</body>
</html>
